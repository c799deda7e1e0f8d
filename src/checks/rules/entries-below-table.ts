import { isEmptyCell } from '../../data/workbook-data';
import { checkText } from '../../domain/strings/en/checks';
import { cellAddress, parseCell } from '../../schema/address';
import { defineRule } from '../define-rule';
import { foundTables } from './shared/found-tables';

const text = checkText['entries-below-table'];

export default defineRule({
  id: 'entries-below-table',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => foundTables(context).flatMap(({ data: table }) => {
    const below = table.below ?? [];
    const entries = below.flatMap((row) => Object.values(row.cells)).filter((cell) => !isEmptyCell(cell));
    if (entries.length === 0) return [];
    const places = entries.map((cell) => parseCell(cell.address));
    const columns = places.map((p) => p.column);
    const rows = below.map((r) => r.row);
    const from = cellAddress(Math.min(...columns), Math.min(...rows));
    const to = cellAddress(Math.max(...columns), Math.max(...rows));
    return [{
      sheet: table.sheet, cell: entries[0].address,
      message: text.message(table.name, from === to ? from : `${from}:${to}`, below.length), fix: text.fix,
    }];
  }),
});
