/**
 * What a person who has the workbook but not the add-in relies on: input cells look like inputs
 * and calculated ones like calculated ones in every table, the legend on Start says so, the
 * meaning of every scale point and list value is in the workbook, and rows of wrapped template
 * text are as tall as the text.
 */
import { content } from '../../../src/domain/strings/en';
import { cellStyle, columnRole, columnStyle } from '../../../src/schema/cell-styles';
import { guideCells, guideSheet } from '../../../src/schema/guide';
import { palette } from '../../../src/schema/palette';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import { wrappedTextRuns } from '../../../src/schema/row-heights';
import { initialRows } from '../../../src/schema/rows';
import { fittedHeight, LINE_POINTS, wrappedLines } from '../../../src/schema/text-height';
import { validationFor } from '../../../src/schema/validation';
import { cells, placedTables } from '../../../src/schema/workbook';

const startInput = cells.find((c) => c.sheet === 'Start' && c.kind === 'input');

describe('where to type', () => {
  it('draws every input column of every table with the look of the Start inputs, and every calculated one grey', () => {
    const inputLook = cellStyle(startInput as NonNullable<typeof startInput>);
    for (const { table } of placedTables) {
      for (const column of table.columns) {
        const style = columnStyle(column, table);
        const where = `${table.name}[${column.header}]`;
        if (column.formula || column.readOnly) {
          expect([where, style.fill, style.fontColour]).toEqual([where, palette.computedFill, palette.readOnlyText]);
        } else if (columnRole(column, table) === 'input') {
          expect([where, style.fill, style.border]).toEqual([where, inputLook?.fill, inputLook?.border]);
        } else {
          expect([where, style.fill]).toEqual([where, undefined]);
        }
      }
    }
  });

  it('counts ratings, weights, evidence and every risk entry as inputs, and the criteria as the template’s text', () => {
    const role = (key: string) => columnRole(principlesTable.col(key as never), principlesTable);
    expect(['rating', 'weight', 'evidence', 'owner'].map(role)).toEqual(['input', 'input', 'input', 'input']);
    expect(['ref', 'criterion', 'guidance'].map(role)).toEqual([undefined, undefined, undefined]);
    expect(role('level')).toBe('computed');
    expect(risksTable.columns.filter((c) => !c.formula).every((c) => columnRole(c, risksTable) === 'input')).toBe(true);
  });

  it('shows on Start a sample of an input cell and of a calculated cell, each with what it means', () => {
    const samples = cells.filter((c) => c.sheet === 'Start' && c.look);
    expect(samples.map((c) => c.look)).toEqual(['input', 'computed']);
    for (const sample of samples) {
      const row = sample.cell.replace(/^[A-Z]+/, '');
      expect(cells.find((c) => c.sheet === 'Start' && c.cell === `B${row}`)?.value).toEqual(expect.stringMatching(/type|formula/i));
      expect(cellStyle(sample)?.fill).toBe(sample.look === 'input' ? palette.inputFill : palette.computedFill);
    }
  });
});

describe('guidance in the workbook', () => {
  const guideText = guideCells.map((c) => String(c.value ?? '')).join('\n');

  it('gives every scale point, band, risk category and treatment its full meaning on the Guide sheet', () => {
    const meanings = [
      ...content.maturityLevels, ...content.proficiencyLevels, ...content.likelihood, ...content.impact,
    ].map((p) => p.descriptor);
    for (const meaning of [...meanings, ...content.riskBands.map((b) => b.advice), ...content.riskCategories.map((c) => c.description),
      ...content.treatments.map((t) => t.description)]) {
      expect(guideText).toContain(meaning);
    }
  });

  it('names each point of likelihood, impact and proficiency, and each treatment, in the input message of its column', () => {
    const prompt = (table: typeof risksTable, key: string) => validationFor(table.col(key as never))?.prompt ?? '';
    for (const point of content.likelihood) expect(prompt(risksTable, 'likelihood')).toContain(`${point.value} ${point.name}: ${point.brief}`);
    for (const point of content.impact) expect(prompt(risksTable, 'residualImpact')).toContain(`${point.value} ${point.name}: ${point.brief}`);
    for (const t of content.treatments) expect(prompt(risksTable, 'treatment')).toContain(`${t.name}: ${t.brief}`);
    const competencies = placedTables.find((p) => p.table.name === 'tblCompetencies')?.table;
    for (const point of content.proficiencyLevels) expect(validationFor(competencies?.col('level' as never) as never)?.prompt).toContain(point.name);
    expect(prompt(risksTable, 'category')).toMatch(/Guide/);
  });
});

describe('row heights of wrapped template text', () => {
  it('counts the lines a text wraps to at word boundaries in a column', () => {
    expect(wrappedLines('Short text', 40)).toBe(1);
    expect(wrappedLines('word '.repeat(40).trim(), 20)).toBeGreaterThan(wrappedLines('word '.repeat(40).trim(), 40));
    expect(wrappedLines('one\ntwo\nthree', 40)).toBe(3);
    // A word wider than its column breaks where it meets the edge.
    expect(wrappedLines('x'.repeat(60), 10)).toBeGreaterThanOrEqual(5);
  });

  it('gives a row the lines of its tallest text, and no height where one line is enough', () => {
    expect(fittedHeight([{ text: 'Short', width: 40 }])).toBeUndefined();
    const long = 'A plan with a version number and a last-review date within the past twelve months, agreed with the partner.';
    expect(fittedHeight([{ text: 'Short', width: 40 }, { text: long, width: 20 }])).toBe(wrappedLines(long, 20) * LINE_POINTS);
  });

  it('makes every criterion row with text longer than its column tall enough, and only those', () => {
    const rows = initialRows(principlesTable);
    const heights = new Map(wrappedTextRuns(principlesTable, rows).flatMap((run) => Array.from({ length: run.count }, (_, i) => [run.first + i, run.height])));
    rows.forEach((row, i) => {
      const lines = Math.max(wrappedLines(String(row.criterion ?? ''), 48), wrappedLines(String(row.guidance ?? ''), 36), wrappedLines(String(row.principle ?? ''), 22));
      expect([row.ref, heights.get(i)]).toEqual([row.ref, lines > 1 ? lines * LINE_POINTS : undefined]);
    });
    expect(heights.size).toBeGreaterThan(40);
  });

  it('sets the Guide’s rows from their meanings', () => {
    expect(Object.keys(guideSheet.rowHeights ?? {}).length).toBeGreaterThan(5);
    expect(Object.values(guideSheet.rowHeights ?? {}).every((h) => h % LINE_POINTS === 0 && h > LINE_POINTS)).toBe(true);
  });
});
