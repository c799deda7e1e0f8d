/** Today on the person's computer, as Excel counts days. */
import { isoToSerial, localToday } from '../schema/dates';

export function todaySerial(): number {
  const today = localToday();
  const serial = isoToSerial(today);
  if (serial === undefined) throw new Error(`The computer's date ${today} is not a calendar date.`);
  return serial;
}
