/** Conditional formats of a sheet: each applies to one or more rectangles and has one type. */
import { intersects, parseRect, rectAddress, subtract, type Rect } from '../address';
import type { ConditionalFormatState, FakeWorkbookState, SheetState } from './state';

export const FORMAT_TYPES = ['ColorScale', 'Custom', 'CellValue', 'DataBar', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText'];

function areas(format: ConditionalFormatState): Rect[] {
  return format.address.split(',').map((a) => parseRect(a, 'ConditionalFormat'));
}

export function addConditionalFormat(state: FakeWorkbookState, sheet: SheetState, rect: Rect, type: string): ConditionalFormatState {
  const details: Record<string, unknown> = type === 'ColorScale' ? { criteria: {} }
    : type === 'Custom' ? { rule: { formula: '' }, format: { fill: {}, font: {} } }
      : { rule: {}, format: { fill: {}, font: {} } };
  const format: ConditionalFormatState = { id: state.nextId(), address: rectAddress(rect), type, details };
  sheet.conditionalFormats.push(format);
  return format;
}

/** The formats that apply to any cell of the range, which is what Range.conditionalFormats holds. */
export function formatsTouching(sheet: SheetState, rect: Rect): ConditionalFormatState[] {
  return sheet.conditionalFormats.filter((f) => areas(f).some((a) => intersects(a, rect)));
}

/** Range.conditionalFormats.clearAll: the range is taken out of every format; formats left with no cells go. */
export function clearFormats(sheet: SheetState, rect: Rect): void {
  sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => {
    const left = areas(f).flatMap((a) => subtract(a, rect));
    f.address = left.map((a) => rectAddress(a)).join(',');
    return left.length > 0;
  });
}

export function firstArea(format: ConditionalFormatState): Rect {
  return areas(format)[0];
}
