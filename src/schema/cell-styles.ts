/**
 * How each kind of cell looks, declared once: fonts, fills, borders, alignment and number
 * formats of the layout cells, the table headers and the table columns. The live host and the
 * file host both draw exactly these, and the cross-host structure test compares what they drew.
 */
import type { Column } from './columns';
import type { CellRole, LayoutCell } from './layout';
import { palette } from './palette';
import type { TableDeclaration } from './table';

export type BorderSide = 'left' | 'right' | 'top' | 'bottom';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; Excel's 11 when not given. */
  size?: number;
  /** Colours as RRGGBB. */
  fontColour?: string;
  fill?: string;
  horizontal?: 'center';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  numberFormat?: string;
  border?: { sides: BorderSide[]; colour: string; weight: 'thin' | 'medium' };
}

/** The header row of every table: two lines of wrapped text. */
export const HEADER_ROW_HEIGHT = 30;

export const headerStyle: CellStyle = { bold: true, vertical: 'bottom', wrap: true };

const TITLE_SIZE = 16;
const HEADING_SIZE = 12;
/** The Dashboard's large figures (named cells such as OverallMaturity); the heat map's counts stay at body size. */
const FIGURE_SIZE = 18;
const BODY_SIZE = 11;

/**
 * Where a person types, as on the Start sheet: a light fill and an accent line under the cell. Every
 * input cell of every table looks the same, so the legend on Start explains them all at once.
 */
const inputLook: CellStyle = { fill: palette.inputFill, border: { sides: ['bottom'], colour: palette.accent, weight: 'thin' } };
/** What a formula or the add-in fills: grey on grey, not for typing. */
const computedLook: CellStyle = { fill: palette.computedFill, fontColour: palette.readOnlyText };

const roleLooks: Record<CellRole, CellStyle> = { input: inputLook, computed: computedLook };

/**
 * Whether people type into a column: the client's entries, every column of a table that holds only
 * the client's rows, and the numbers a consultant sets (weights, targets, required levels); the
 * template's own texts (refs, criteria, guidance) are neither, and keep the table's look.
 */
export function columnRole(column: Column, table: Pick<TableDeclaration, 'clientRows'>): CellRole | undefined {
  if (column.readOnly) return 'computed';
  if (column.clientEntry || table.clientRows || column.type === 'whole' || column.type === 'decimal') return 'input';
  return undefined;
}

/**
 * The data cells of a table column: top-aligned (so a tall row of wrapped text reads from its
 * top), with the look of its role, its wrap and number format.
 */
export function columnStyle(column: Column, table: Pick<TableDeclaration, 'clientRows'>): CellStyle {
  const role = columnRole(column, table);
  return {
    ...(role ? roleLooks[role] : {}),
    vertical: 'top',
    ...(column.wrap ? { wrap: true } : {}),
    ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
  };
}

/** A cell outside the tables, by its kind; undefined for a plain label. */
export function cellStyle(cell: LayoutCell): CellStyle | undefined {
  const style: CellStyle = {
    ...kindStyle(cell), ...(cell.wrap ? { vertical: 'top', wrap: true } : {}), ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
  };
  return Object.keys(style).length > 0 ? style : undefined;
}

function kindStyle(cell: LayoutCell): CellStyle {
  const colours: CellStyle = { ...(cell.fill ? { fill: cell.fill } : {}), ...(cell.fontColour ? { fontColour: cell.fontColour } : {}) };
  switch (cell.kind) {
    case 'title':
      return { bold: true, size: TITLE_SIZE, fontColour: palette.titleText };
    case 'heading':
      return { bold: true, size: HEADING_SIZE, fontColour: palette.titleText };
    case 'note':
      return { italic: true, fontColour: palette.noteText };
    case 'figure':
      return {
        bold: true, size: cell.name ? FIGURE_SIZE : BODY_SIZE, horizontal: 'center', vertical: 'center', ...colours,
        // White gaps between the heat map's coloured cells.
        ...(cell.name ? {} : { border: { sides: ['left', 'right', 'top', 'bottom'], colour: 'FFFFFF', weight: 'medium' } }),
      };
    case 'input':
      // A detail filled in for the reader (a rater form's ids) looks calculated: not for typing.
      return cell.look ? roleLooks[cell.look] : inputLook;
    case 'label':
      if (cell.look) return roleLooks[cell.look];
      return cell.fill || cell.fontColour ? { bold: true, ...colours } : {};
  }
}
