/**
 * The templates-across-clients work of src/migrate, done in the open workbook:
 * - a new client from this workbook clears the client's entries in place (two syncs: read, write)
 * - an upgrade renames the columns an older layout named differently, records the current version
 *   and lets Repair add what the older layout lacked (one sync more than Repair: four at most).
 * Both keep every column and sheet of the person's own. (A table of thousands of rows takes more
 * syncs to read and to write, so that no request or response passes Excel's limits.)
 */
import { FoundColumns } from '../data/found-columns';
import { findTable, type TableData } from '../data/workbook-data';
import { excelText } from '../domain/strings/en/excel';
import { compareVersion, headerRenames, newClientCopy, olderLayouts, type OlderLayout } from '../migrate';
import { columnLetter } from '../schema/address';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';
import { initialRows, type CellValue } from '../schema/rows';
import type { WorkbookSchema } from '../schema/workbook';
import { columnFor, tableOrFail } from './found-table';
import { toHostError } from './host-error';
import { readWorkbook } from './read';
import { repairWorkbook } from './repair';
import { sendRequests } from './send-requests';
import { cellInput } from './typed-text';
import { planRequests, REQUEST_BYTE_BUDGET, sizeOf, step, valueFor, type WriteStep } from './write-steps';

export interface NewClientResult {
  /** Cells that held a client's entry and are now empty (or back to their starting value). */
  cleared: number;
  /** Rows taken out of the risk register, actions and snapshots. */
  removedRows: number;
  requests: number;
  message: string;
}

/** One column of a table written top to bottom, as values typed text-safe; rows `kept` are left as they are. */
function columnStep(found: TableData, column: number, values: CellValue[], kept: boolean[] = []): WriteStep {
  const first = found.headerRow + 1;
  const address = `${columnLetter(column)}${first}:${columnLetter(column)}${first + values.length - 1}`;
  const rows = values.map((v, i) => [kept[i] ? null : cellInput(v)]);
  return step(sizeOf(rows), (c) => { c.workbook.worksheets.getItem(found.sheet).getRange(address).values = rows; });
}

/**
 * Clears what belongs to the client from the open workbook and gives it a new id, keeping what a
 * consultant customised. Tables must all be there (Repair first); nothing else is touched.
 */
export async function startNewClient(context: Excel.RequestContext, schema: WorkbookSchema, workbookId: string,
  budget = REQUEST_BYTE_BUDGET): Promise<NewClientResult> {
  const data = await readWorkbook(context, schema);
  try {
    const found = new Map(schema.tables.map(({ table }) => [table.name, tableOrFail(data, table)]));
    const copy = newClientCopy(data, schema);
    const steps: WriteStep[] = [];
    let cleared = 0;
    let removedRows = 0;
    /** Cells that held something and now hold something else. */
    const changes = (before: TableData['rows'], after: CellValue[], header: string) => after.filter((value, i) => {
      const was = before[i].cells[header]?.value ?? null;
      return was !== null && was !== value;
    }).length;

    for (const { table } of schema.tables) {
      const now = found.get(table.name) as TableData;
      if (now.rows.length === 0) continue;
      if (!table.clientRows) {
        const rows = copy.tables[table.name].rows;
        for (const column of table.columns.filter((c) => c.clientEntry && !c.formula)) {
          const at = columnFor(now, table, column.key);
          if (at === undefined) continue;
          const header = now.columns.find((c) => c.column === at)?.header as string;
          const values = rows.map((row) => valueFor(row[column.key], column));
          cleared += changes(now.rows, values, header);
          steps.push(columnStep(now, at, values));
        }
        continue;
      }
      // The client's own rows: the table goes back to the rows it started with, emptied.
      const starting = initialRows(table);
      const keep = Math.max(1, Math.min(now.rows.length, starting.length));
      const columns = new FoundColumns(table, now.columns);
      for (const { header, column } of now.columns) {
        const key = columns.keyOf(header);
        if (key !== undefined && table.col(key).formula) continue;
        const values = starting.slice(0, keep).map((row) => (key === undefined ? null : valueFor(row[key], table.col(key))));
        while (values.length < keep) values.push(null);
        // A column of the consultant's own keeps its formulas: they are the template, not the client's entries.
        const kept = now.rows.slice(0, keep).map((row) => key === undefined && row.cells[header]?.formula !== undefined);
        cleared += changes(now.rows.slice(0, keep).filter((_, i) => !kept[i]), values.filter((_, i) => !kept[i]), header)
          + now.rows.slice(keep).filter((row) => row.cells[header]?.value !== null && row.cells[header]?.value !== undefined).length;
        steps.push(columnStep(now, column, values, kept));
      }
      if (now.rows.length > keep) {
        const firstColumn = columnLetter(now.columns[0].column);
        const lastColumn = columnLetter(now.columns[now.columns.length - 1].column);
        const surplus = `${firstColumn}${now.rows[keep].row}:${lastColumn}${now.rows[now.rows.length - 1].row}`;
        steps.push({ bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(now.sheet).getRange(surplus).delete('Up'); } });
        removedRows += now.rows.length - keep;
      }
    }
    for (const cell of schema.cells.filter((c) => c.kind === 'input' && c.name)) {
      const named = data.names[cell.name as string];
      if (!named) continue;
      if (named.value !== null) cleared += 1;
      steps.push({ bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(named.sheet).getRange(named.address).values = [['']]; } });
    }
    steps.push({ bytes: 200, queue: (c) => { c.workbook.properties.custom.add(PROPERTY_WORKBOOK_ID, workbookId); } });

    const requests = planRequests(steps, budget);
    await sendRequests(context, requests);
    return { cleared, removedRows, requests: requests.length, message: excelText.newClient.done(cleared, removedRows) };
  } catch (error) {
    throw toHostError(error);
  }
}

export type UpgradeResult =
  | { status: 'upgraded'; from: string | undefined; renamed: string[]; message: string }
  | { status: 'current' | 'newer'; message: string };

/**
 * Brings a workbook made from an older template to the current one in place: columns that layout
 * named differently get today's header (their values stay in their cells), the version is recorded,
 * and Repair adds the columns, formulas, checks and charts the older layout lacked.
 */
export async function upgradeInPlace(context: Excel.RequestContext, schema: WorkbookSchema, workbookId: () => string,
  layouts: OlderLayout[] = olderLayouts): Promise<UpgradeResult> {
  const versionName = schema.definedNames.find((n) => n.name === 'TemplateVersion');
  const versionNameNow = context.workbook.names.getItemOrNullObject('TemplateVersion').load('name');
  const data = await readWorkbook(context, schema);
  const order = compareVersion(data.templateVersion, schema.version);
  if (order === 'same') return { status: 'current', message: excelText.upgrade.current(schema.version) };
  if (order === 'newer') return { status: 'newer', message: excelText.upgrade.newer(data.templateVersion as string, schema.version) };
  const renamed: string[] = [];
  try {
    context.runtime.enableEvents = false;
    for (const { table } of schema.tables) {
      const now = findTable(data, table.name);
      if (!now) continue;
      for (const { column, from, to } of headerRenames(now, table, data.templateVersion, layouts)) {
        context.workbook.worksheets.getItem(now.sheet).getRange(`${columnLetter(column)}${now.headerRow}`).values = [[cellInput(to)]];
        renamed.push(`${from} to ${to}`);
      }
    }
    context.workbook.properties.custom.add(PROPERTY_VERSION, schema.version);
    if (!versionNameNow.isNullObject) context.workbook.names.getItem('TemplateVersion').delete();
    if (versionName) context.workbook.names.add(versionName.name, `=${versionName.refersTo}`);
    context.runtime.enableEvents = true;
  } catch (error) {
    throw toHostError(error);
  }
  // Repair's first sync carries the renames above, so it sees today's headers.
  const repaired = await repairWorkbook(context, schema, workbookId);
  const added = repaired.repaired;
  return {
    status: 'upgraded', from: data.templateVersion, renamed,
    message: repaired.unrestorable.length > 0
      ? `${excelText.upgrade.done(data.templateVersion, schema.version, renamed, added)} ${repaired.message}`
      : excelText.upgrade.done(data.templateVersion, schema.version, renamed, added),
  };
}
