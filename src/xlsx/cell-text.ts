/** Excel writes control characters in cell text as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19). */
export function unescapeCellText(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
