/**
 * Contrast ratio of two colours by the WCAG 2 formula (Web Content Accessibility Guidelines 2.1,
 * "contrast ratio" and "relative luminance"): (L1 + 0.05) / (L2 + 0.05), L from linearised sRGB.
 */

/** `RRGGBB` or `#RRGGBB` as red, green and blue from 0 to 255. */
export function rgb(hex: string): [number, number, number] {
  const digits = hex.replace(/^#/, '');
  if (!/^[0-9A-Fa-f]{6}$/.test(digits)) throw new Error(`"${hex}" is not a colour in RRGGBB form.`);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG's level AA for body text. */
export const MINIMUM_CONTRAST = 4.5;
