/** Reading the numeric scales (maturity, proficiency, likelihood, impact) the same way everywhere. */
import type { ScalePoint } from './types';

/** Lowest and highest value on a scale. */
export function scaleBounds(scale: ScalePoint[]): [number, number] {
  const values = scale.map((p) => p.value);
  return [Math.min(...values), Math.max(...values)];
}

/** The scale's values in ascending or descending order (the heat map lists likelihood from the top). */
export function scaleValues(scale: ScalePoint[], order: 'ascending' | 'descending' = 'ascending'): number[] {
  const values = scale.map((p) => p.value).sort((a, b) => a - b);
  return order === 'ascending' ? values : values.reverse();
}
