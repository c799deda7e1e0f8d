/** A1 addresses from 1-based column and row numbers. */
export function columnLetter(column: number): string {
  const known = letters[column];
  if (known !== undefined) return known;
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  if (Number.isInteger(column) && column > 0 && column <= 16384) letters[column] = text;
  return text;
}
/** Letters already worked out, by column number: addresses are made millions of times on large tables. */
const letters: string[] = [];

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

function absolute(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** `'Sheet name'!$A$1:$B$2`, quoted so any sheet name works. */
export function sheetRange(sheet: string, from: [number, number], to: [number, number] = from): string {
  const start = absolute(...from);
  const end = absolute(...to);
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Splits `B7` into column 2, row 7. */
export function parseCell(address: string): { column: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}
