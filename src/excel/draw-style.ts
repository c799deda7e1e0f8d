/** Draws a declared cell style (src/schema/cell-styles.ts) onto a range, as the file host writes the same style. */
import type { BorderSide, CellStyle } from '../schema/cell-styles';

const EDGES = { left: 'EdgeLeft', right: 'EdgeRight', top: 'EdgeTop', bottom: 'EdgeBottom' } as const satisfies Record<BorderSide, string>;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
const WEIGHT = { thin: 'Thin', medium: 'Medium' } as const;

/** What drawing the style adds to a request: each property set is an action of its own, with its value. */
export function styleBytes(style: CellStyle): number {
  const lines = style.border ? style.border.sides.length * 2 * 3 : 0;
  return (Object.keys(style).length + lines) * PROPERTY_BYTES;
}
const PROPERTY_BYTES = 150;

/** Queues the style's font, fill, alignment and borders; the number format is the caller's, so long columns can be sent in blocks. */
export function drawStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fontColour) format.font.color = `#${style.fontColour}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal === 'center') format.horizontalAlignment = 'Center';
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) format.wrapText = true;
  const border = style.border;
  if (border) {
    // A bottom or top line is the cell's own: on a range of rows, the lines between the rows too
    // (EdgeBottom alone draws only under the last row).
    const items = border.sides.flatMap((side) => (side === 'bottom' || side === 'top' ? [EDGES[side], 'InsideHorizontal' as const] : [EDGES[side]]));
    for (const item of [...new Set(items)]) {
      const edge = format.borders.getItem(item);
      edge.style = 'Continuous';
      edge.weight = WEIGHT[border.weight];
      edge.color = `#${border.colour}`;
    }
  }
}
