import { paneText } from '../domain/strings/en/pane';
import { raterSides } from '../domain/strings/en/workbook';
import type { PrincipleSides } from '../scoring';

const text = paneText.raters;

/** A side's mean or a gap, to one decimal: on a scale of 0 to 4 a finer figure tells a reader nothing more. */
export const oneDecimal = (n: number) => n.toFixed(1);

/** The gap in words, from our side's point of view: "Your side rates Trust 1.5 higher than your partner does." */
export function gapSentence(p: PrincipleSides): string | undefined {
  if (p.ours === null && p.partner === null) return undefined;
  if (p.ours === null) return text.oneSide(p.principle, raterSides.partner, oneDecimal(p.partner as number));
  if (p.partner === null || p.perceptionGap === null) return text.oneSide(p.principle, raterSides.ours, oneDecimal(p.ours));
  const gap = oneDecimal(Math.abs(p.perceptionGap));
  if (Number(gap) === 0) return text.same(p.principle);
  return p.perceptionGap > 0 ? text.higher(p.principle, gap) : text.lower(p.principle, gap);
}
