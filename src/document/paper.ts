/** Each paper's size in a document: points for PDF (72 a inch), twentieths of a point for .docx. */
import type { Paper } from '../schema/page-setup';

export type { Paper };

/** ISO 216 A4 is 210 × 297 mm; US Letter 8.5 × 11 in. */
export const PAPER_POINTS: Record<Paper, [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

export const PAPER_TWIPS: Record<Paper, [number, number]> = {
  a4: [11906, 16838],
  letter: [12240, 15840],
};
