/**
 * Rows we write wrapped text into get the height that text needs (src/schema/row-heights.ts), as
 * the template's rows do: LibreOffice keeps a row's stored height, so a long risk or action in a
 * row of the default height is printed over the rows below it. Widths are the sheet's own (a
 * person may have widened a column), the declared ones where the sheet sets none.
 */
import type { Element } from '@xmldom/xmldom';
import type { RowEntries } from '../../schema/rows';
import { wrappedTextHeights } from '../../schema/row-heights';
import type { TableSchema } from '../../schema/table';
import type { SheetCells } from './sheet-cells';
import type { TableArea } from './table-layout';
import { childNamed, childrenNamed } from './xml';

export interface RowsToFit {
  /** The data row (0 = the first) the first of `rows` stands in. */
  first: number;
  /** What each row holds now, by key. */
  rows: RowEntries[];
  /**
   * Whether a row that now needs one line goes back to the default height (a list we rewrote
   * whole); otherwise a row is only ever made taller, never lower than it was.
   */
  shrink: boolean;
}

/** Sets the heights; true when any row's height changed. */
export function fitRowHeights(cells: SheetCells, table: TableSchema, area: TableArea, fit: RowsToFit): boolean {
  const widths = columnWidths(cells.root);
  const heights = wrappedTextHeights(table, fit.rows, (key) => {
    const column = area.columnOf.get(key);
    return column === undefined ? undefined : widths(column);
  });
  const rowElements = new Map(childrenNamed(cells.sheetData, 'row').map((row) => [Number(row.getAttribute('r')), row]));
  let changed = false;
  heights.forEach((height, i) => {
    const row = rowElements.get(area.headerRow + 1 + fit.first + i);
    if (!row) return;
    const custom = row.getAttribute('customHeight') === '1' || row.getAttribute('customHeight') === 'true';
    const now = custom ? Number(row.getAttribute('ht')) || undefined : undefined;
    if (height === undefined) {
      if (!fit.shrink || !custom) return;
      row.removeAttribute('ht');
      row.removeAttribute('customHeight');
      changed = true;
      return;
    }
    if (now === height || (!fit.shrink && now !== undefined && now > height)) return;
    row.setAttribute('ht', String(height));
    row.setAttribute('customHeight', '1');
    changed = true;
  });
  return changed;
}

/** The width of a sheet column (1 = A) as the sheet's `<cols>` set it, in characters. */
function columnWidths(root: Element): (column: number) => number | undefined {
  const cols = childNamed(root, 'cols');
  const ranges = (cols ? childrenNamed(cols, 'col') : []).map((col) => ({
    min: Number(col.getAttribute('min')), max: Number(col.getAttribute('max')), width: Number(col.getAttribute('width')),
  })).filter((r) => Number.isFinite(r.width) && r.width > 0);
  return (column) => ranges.find((r) => column >= r.min && column <= r.max)?.width;
}
