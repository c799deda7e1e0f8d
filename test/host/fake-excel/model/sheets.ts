/** Adding, renaming, moving, hiding and deleting sheets, with the checks Excel makes. */
import { renameSheetInFormula, splitSheet } from '../address';
import { officeError } from '../errors';
import { sameName, type FakeWorkbookState, type SheetState } from './state';

const FORBIDDEN = /[:\\/?*[\]]/;

/** Adding, deleting, renaming, moving or hiding sheets needs an unprotected workbook structure. */
export function checkStructure(state: FakeWorkbookState, location: string): void {
  if (state.protection.protected) throw officeError('AccessDenied', 'The workbook structure is protected.', location);
}

export function checkSheetName(state: FakeWorkbookState, name: string, location: string, except?: SheetState): void {
  const valid = name.length > 0 && name.length <= 31 && !FORBIDDEN.test(name) && !name.startsWith("'") && !name.endsWith("'")
    && !sameName(name, 'History');
  if (!valid) throw officeError('InvalidArgument', undefined, location);
  if (state.worksheets.some((s) => s !== except && sameName(s.name, name))) throw officeError('ItemAlreadyExists', undefined, location);
}

export function addSheet(state: FakeWorkbookState, name: string | undefined, location: string): SheetState {
  checkStructure(state, location);
  let chosen = name;
  if (chosen === undefined || chosen === null) {
    let n = state.worksheets.length + 1;
    while (state.findSheet(`Sheet${n}`)) n += 1;
    chosen = `Sheet${n}`;
  }
  checkSheetName(state, chosen, location);
  return state.addSheet(chosen);
}

/** Renaming also rewrites every reference to the sheet: names, validations, highlights, charts, formulas. */
export function renameSheet(state: FakeWorkbookState, sheet: SheetState, name: string, location: string): void {
  if (name === sheet.name) return;
  checkStructure(state, location);
  checkSheetName(state, name, location, sheet);
  const from = sheet.name;
  const rename = (formula: string) => renameSheetInFormula(formula, from, name);
  sheet.name = name;
  for (const item of state.names) item.formula = rename(item.formula);
  for (const each of state.worksheets) {
    for (const cell of each.cells.values()) if (cell.formula) cell.formula = rename(cell.formula);
    for (const validation of each.dataValidations) validation.rule = JSON.parse(rename(JSON.stringify(validation.rule)));
    for (const format of each.conditionalFormats) format.details = JSON.parse(rename(JSON.stringify(format.details)));
    for (const chart of each.charts) {
      for (const series of chart.series) {
        series.values = series.values && rename(series.values);
        series.xValues = series.xValues && rename(series.xValues);
      }
    }
  }
}

export function moveSheet(state: FakeWorkbookState, sheet: SheetState, position: number, location: string): void {
  checkStructure(state, location);
  if (!Number.isInteger(position) || position < 0 || position >= state.worksheets.length) throw officeError('InvalidArgument', undefined, location);
  state.worksheets = state.worksheets.filter((s) => s !== sheet);
  state.worksheets.splice(position, 0, sheet);
}

export function setVisibility(state: FakeWorkbookState, sheet: SheetState, visibility: string, location: string): void {
  if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) throw officeError('InvalidArgument', undefined, location);
  if (visibility === sheet.visibility) return;
  checkStructure(state, location);
  if (visibility !== 'Visible' && state.worksheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
    throw officeError('InvalidOperation', 'A workbook must have at least one visible sheet.', location);
  }
  sheet.visibility = visibility as SheetState['visibility'];
}

/** Deleting a sheet takes its tables and charts with it; names that pointed at it become #REF!. */
export function deleteSheet(state: FakeWorkbookState, sheet: SheetState, location: string): void {
  checkStructure(state, location);
  if (state.worksheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
    throw officeError('InvalidOperation', 'A workbook must have at least one visible sheet.', location);
  }
  state.worksheets = state.worksheets.filter((s) => s !== sheet);
  state.tables = state.tables.filter((t) => t.sheet !== sheet);
  for (const item of state.names) {
    const { sheet: target } = splitSheet(item.formula);
    if (item.type === 'Range' && target !== undefined && sameName(target, sheet.name)) {
      item.formula = '=#REF!';
      item.type = 'Error';
    }
  }
  if (state.activeSheet === sheet) state.activeSheet = undefined;
  state.requireActive();
}
