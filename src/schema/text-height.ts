/**
 * Row heights that fit wrapped text, computed from the text and the column width, because
 * LibreOffice keeps a file's row heights as they are (a row of 15 points shows one line of a
 * criterion and draws the rest over the next row, on screen and in print) and Excel fits only rows
 * a person edits. Deterministic: the same text and width give the same height in both hosts.
 *
 * Measured with the widths of DejaVu Sans, the widest of the fonts that stand in for Calibri (it is
 * what LibreOffice draws where Carlito is not installed; Calibri and Carlito are about 15 % narrower),
 * so a height that fits it fits them; lines of 15 points, Excel's height of one line of Calibri 11.
 */

/** Excel's height of one line of the default font (Calibri 11), in points. */
export const LINE_POINTS = 15;
/** Excel's tallest row ("Row height: 409 points", Excel specifications and limits); it refuses more. */
export const MAX_ROW_POINTS = 409;
/** Pixels per character of column width (Calibri 11's widest digit), as Excel converts widths. */
const PIXELS_PER_CHARACTER = 7;
/** The cell's margins, left and right, in pixels. */
const MARGIN_PIXELS = 6;
/** 11 points at 96 pixels per inch. */
const FONT_PIXELS = (11 * 96) / 72;
/** For a character the table lacks: as wide as the widest letter. */
const UNKNOWN_WIDTH = 1000;

/** DejaVu Sans advance widths, thousandths of the font size. */
const WIDTHS: Record<string, number> = {
  "0": 636, "1": 636, "2": 636, "3": 636, "4": 636, "5": 636, "6": 636, "7": 636, "8": 636, "9": 636,
  " ": 318, "!": 401, "\"": 460, "#": 838, "$": 636, "%": 950, "&": 780, "'": 275, "(": 390, ")": 390,
  "*": 500, "+": 838, ",": 318, "-": 361, ".": 318, "/": 337, ":": 337, ";": 337, "<": 838, "=": 838,
  ">": 838, "?": 531, "@": 1000, "A": 684, "B": 686, "C": 698, "D": 770, "E": 632, "F": 575, "G": 775,
  "H": 752, "I": 295, "J": 295, "K": 656, "L": 557, "M": 863, "N": 748, "O": 787, "P": 603, "Q": 787,
  "R": 695, "S": 635, "T": 611, "U": 732, "V": 684, "W": 989, "X": 685, "Y": 611, "Z": 685, "[": 390,
  "\\": 337, "]": 390, "^": 838, "_": 500, "`": 500, "a": 613, "b": 635, "c": 550, "d": 635, "e": 615,
  "f": 352, "g": 635, "h": 634, "i": 278, "j": 278, "k": 579, "l": 278, "m": 974, "n": 634, "o": 612,
  "p": 635, "q": 635, "r": 411, "s": 521, "t": 392, "u": 634, "v": 592, "w": 818, "x": 592, "y": 592,
  "z": 525, "{": 636, "|": 337, "}": 636, "~": 838, "–": 500, "—": 1000, "‘": 318, "’": 318, "“": 518,
  "”": 518, "×": 838, "…": 1000, "é": 615, "≥": 838, "≤": 838, "→": 838, "↓": 838, "·": 318,

};

const widthOf = (text: string): number => [...text].reduce((sum, ch) => sum + (WIDTHS[ch] ?? UNKNOWN_WIDTH), 0) * FONT_PIXELS / 1000;

/** How many lines the text takes when wrapped at word boundaries in a column of that width (Excel characters). */
export function wrappedLines(text: string, columnWidth: number): number {
  const room = columnWidth * PIXELS_PER_CHARACTER - MARGIN_PIXELS;
  const space = widthOf(' ');
  return text.split('\n').reduce((total, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const width = widthOf(word);
      if (used > 0 && used + space + width <= room) {
        used += space + width;
        continue;
      }
      if (used > 0) lines += 1;
      // A word wider than the column breaks where it meets the edge.
      lines += Math.max(0, Math.ceil(width / room) - 1);
      used = width > room ? width % room : width;
    }
    return total + lines;
  }, 0);
}

/** The height in points that shows every line of each text in its column; undefined when one line is enough. */
export function fittedHeight(texts: Array<{ text: string; width: number }>): number | undefined {
  const lines = Math.max(1, ...texts.filter((t) => t.text !== '').map((t) => wrappedLines(t.text, t.width)));
  return lines > 1 ? Math.min(lines * LINE_POINTS, MAX_ROW_POINTS) : undefined;
}
