/** Excel stores dates as serial day numbers counted from 1899-12-30 (the 1900 system). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** `2026-03-31` → 46112; undefined for text that is not a real calendar date. */
export function isoToSerial(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

export function serialToIso(serial: number): string {
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Today as the person's computer has it, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
