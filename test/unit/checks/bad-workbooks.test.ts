/**
 * A corpus of workbooks a person has got wrong, each made from a generated workbook the way it
 * happens in Excel (pasting, typing over, renaming, moving, deleting, inserting), written to a
 * real .xlsx file, read back and checked. Each must give exactly its findings, at the cell where
 * the mistake now stands.
 */
import { runChecks, type Finding } from '../../../src/checks';
import { columnLetter } from '../../../src/schema/address';
import { isoToSerial } from '../../../src/schema/dates';
import { exampleEntries } from '../../../src/schema/example';
import type { PlacedTable } from '../../../src/schema/layout';
import { planTable } from '../../../src/schema/plan';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import { competenciesTable } from '../../../src/schema/competencies';
import { table, type KeyOf } from '../../../src/schema/table';
import { columnOf, placed, workbookSchema, type WorkbookSchema } from '../../../src/schema/workbook';
import { must, type ExcelizeFile } from '../../../src/xlsx/excelize';
import { readWorkbookData } from '../../../src/xlsx/read';
import { PROPERTY_VERSION } from '../../../src/schema/properties';
import { writeWorkbook } from '../../../src/xlsx/write';
import { editWorkbook, putErrorValue, type } from '../../support/xlsx-edit';

const TODAY = '2026-04-01';
const entries = { workbookId: 'corpus', ...exampleEntries('2026-03-31') };

/** Address of a table cell in the workbook as generated: column by key, data row by index from 0. */
const at = (placement: PlacedTable, key: string, index: number) =>
  `${columnLetter(columnOf(placement, key))}${placement.headerRow + 1 + index}`;
const risk = (key: string, index: number) => at(placed(risksTable), key, index);
const criterion = (key: string, index: number) => at(placed(principlesTable), key, index);
const element = (key: string, index: number) => at(placed(planTable), key, index);
const competency = (key: string, index: number) => at(placed(competenciesTable), key, index);
const criterionIndex = (ref: string) => (principlesTable.seedRows ?? []).findIndex((r) => r.ref === ref);
const elementIndex = (ref: string) => (planTable.seedRows ?? []).findIndex((r) => r.ref === ref);
/** The writer numbers the sheet parts in the schema's sheet order. */
const partOf = (sheet: string) => `xl/worksheets/sheet${workbookSchema.sheets.findIndex((s) => s.name === sheet) + 1}.xml`;
const RISKS_PART = partOf(risksTable.sheet);
const PRINCIPLES_PART = partOf(principlesTable.sheet);

type Where = [rule: string, sheet: string, cell: string];

/** An invalid rating no longer counts as rated, so the progress note changes with it. */
const PROGRESS_CHANGED: Where = ['assessment-progress', 'Principles', criterion('rating', -1)];

interface BadWorkbook {
  mistake: string;
  make: (example: Uint8Array) => Promise<Uint8Array> | Uint8Array;
  expected: Where[];
}

const edit = (change: (file: ExcelizeFile) => void) => (bytes: Uint8Array) => editWorkbook(bytes, change);
const typeInto = (sheet: string, address: string, value: string | number) => edit((f) => type(f, sheet, address, value));
const clear = (sheet: string, address: string) => edit((f) => must(f.SetCellStr(sheet, address, ''), address));

/** The risk register with its columns in another order, as after dragging columns in Excel. */
function withRiskColumnsMoved(): WorkbookSchema {
  const keys: Array<KeyOf<typeof risksTable>> = ['risk', 'id', 'owner', 'impact', 'likelihood'];
  const moved = table({
    ...risksTable,
    columns: [...keys.map((k) => risksTable.col(k)), ...risksTable.columns.filter((c) => !keys.includes(c.key))],
  });
  return { ...workbookSchema, tables: workbookSchema.tables.map((p) => (p.table === risksTable ? { ...p, table: moved } : p)) };
}

const corpus: BadWorkbook[] = [
  { mistake: 'pasting "High" into Likelihood', make: typeInto('Risks', risk('likelihood', 0), 'High'), expected: [['whole-number-range', 'Risks', risk('likelihood', 0)]] },
  { mistake: 'typing 0 as Impact', make: typeInto('Risks', risk('impact', 1), 0), expected: [['whole-number-range', 'Risks', risk('impact', 1)]] },
  { mistake: 'typing 2.5 as Residual likelihood', make: typeInto('Risks', risk('residualLikelihood', 1), 2.5), expected: [['whole-number-range', 'Risks', risk('residualLikelihood', 1)]] },
  { mistake: 'typing a number over a Score', make: typeInto('Risks', risk('score', 0), 16), expected: [['overwritten-formula', 'Risks', risk('score', 0)]] },
  {
    mistake: 'replacing a Level formula with another formula',
    make: edit((f) => must(f.SetCellFormula('Principles', criterion('level', 0), `${criterion('rating', 0)}&""`), 'Level')),
    expected: [['overwritten-formula', 'Principles', criterion('level', 0)]],
  },
  { mistake: 'typing over Overall maturity on the Dashboard', make: typeInto('Dashboard', 'C3', 3.2), expected: [['overwritten-formula', 'Dashboard', 'C3']] },
  {
    mistake: 'renaming the Risks sheet, then pasting "High" into Likelihood',
    make: edit((f) => {
      must(f.SetSheetName('Risks', 'Risk register'), 'rename');
      type(f, 'Risk register', risk('likelihood', 2), 'High');
    }),
    expected: [['whole-number-range', 'Risk register', risk('likelihood', 2)]],
  },
  {
    mistake: 'moving the risk columns around, then typing 9 as Impact',
    make: async () => {
      const schema = withRiskColumnsMoved();
      const movedImpact = at(schema.tables.find((p) => p.table.name === risksTable.name) as PlacedTable, 'impact', 0);
      return editWorkbook(await writeWorkbook(schema, entries), (f) => type(f, 'Risks', movedImpact, 9));
    },
    expected: [['whole-number-range', 'Risks', 'D5']],
  },
  {
    mistake: 'deleting the Evidence column',
    make: edit((f) => must(f.RemoveCol('Principles', columnLetter(columnOf(placed(principlesTable), 'evidence'))), 'delete column')),
    expected: [['missing-column', 'Principles', 'A4']],
  },
  {
    mistake: 'inserting two rows in the middle of the risks and typing a risk with Likelihood 7 into one',
    make: edit((f) => {
      const first = placed(risksTable).headerRow + 3;
      must(f.InsertRows('Risks', first, 2), 'insert rows');
      for (const row of [first, first + 1]) {
        for (const column of risksTable.columns.filter((c) => c.formula)) {
          must(f.SetCellFormula('Risks', `${columnLetter(columnOf(placed(risksTable), column.key))}${row}`, risksTable.formulas[column.key]), 'fill formula');
        }
      }
      type(f, 'Risks', `${columnLetter(columnOf(placed(risksTable), 'id'))}${first}`, 'R-007');
      type(f, 'Risks', `${columnLetter(columnOf(placed(risksTable), 'risk'))}${first}`, 'Supplier strike');
      type(f, 'Risks', `${columnLetter(columnOf(placed(risksTable), 'owner'))}${first}`, 'Sam');
      type(f, 'Risks', `${columnLetter(columnOf(placed(risksTable), 'likelihood'))}${first}`, 7);
      type(f, 'Risks', `${columnLetter(columnOf(placed(risksTable), 'nextReview'))}${first}`, isoToSerial('2026-06-01') as number);
    }),
    expected: [['whole-number-range', 'Risks', risk('likelihood', 2)]],
  },
  { mistake: 'typing "next week" as a Due date', make: typeInto('Principles', criterion('due', criterionIndex('P12.1')), 'next week'), expected: [['date-value', 'Principles', criterion('due', criterionIndex('P12.1'))]] },
  { mistake: 'typing 31/02/2026 as Last review', make: typeInto('Plan', element('lastReview', 0), '31/02/2026'), expected: [['date-value', 'Plan', element('lastReview', 0)]] },
  { mistake: 'typing the assessment date as text', make: typeInto('Start', 'B11', 'March 2026'), expected: [['date-value', 'Start', 'B11']] },
  { mistake: 'copying a risk ID onto the next risk', make: typeInto('Risks', risk('id', 1), 'R-001'), expected: [['duplicate-risk-id', 'Risks', risk('id', 1)]] },
  { mistake: 'leaving #REF! in an Impact cell', make: (b) => putErrorValue(b, RISKS_PART, risk('impact', 2), '#REF!'), expected: [['error-value', 'Risks', risk('impact', 2)]] },
  { mistake: 'leaving #N/A in a Rating cell', make: (b) => putErrorValue(b, PRINCIPLES_PART, criterion('rating', 1), '#N/A'), expected: [['error-value', 'Principles', criterion('rating', 1)], PROGRESS_CHANGED] },
  { mistake: 'rating a criterion 5', make: typeInto('Principles', criterion('rating', 1), 5), expected: [['rating-value', 'Principles', criterion('rating', 1)]] },
  { mistake: 'rating a criterion 3.5', make: typeInto('Principles', criterion('rating', 1), 3.5), expected: [['rating-value', 'Principles', criterion('rating', 1)]] },
  { mistake: 'typing "three" as a Rating', make: typeInto('Principles', criterion('rating', 1), 'three'), expected: [['rating-value', 'Principles', criterion('rating', 1)], PROGRESS_CHANGED] },
  { mistake: 'pasting " 3 " with spaces as a Rating', make: typeInto('Principles', criterion('rating', 1), ' 3 '), expected: [['rating-value', 'Principles', criterion('rating', 1)], PROGRESS_CHANGED] },
  { mistake: 'giving a criterion a negative Weight', make: typeInto('Principles', criterion('weight', 2), -1), expected: [['weight-value', 'Principles', criterion('weight', 2)]] },
  { mistake: 'typing "heavy" as a Weight', make: typeInto('Principles', criterion('weight', 2), 'heavy'), expected: [['weight-value', 'Principles', criterion('weight', 2)]] },
  { mistake: 'typing a category that is not in the list', make: typeInto('Risks', risk('category', 0), 'Money'), expected: [['list-value', 'Risks', risk('category', 0)]] },
  { mistake: 'typing Done as a risk Status', make: typeInto('Risks', risk('status', 0), 'Done'), expected: [['list-value', 'Risks', risk('status', 0)]] },
  { mistake: 'typing Transfer as a Treatment', make: typeInto('Risks', risk('treatment', 1), 'Transfer'), expected: [['list-value', 'Risks', risk('treatment', 1)]] },
  { mistake: 'typing a lifecycle stage in words', make: typeInto('Start', 'B9', 'Stage five'), expected: [['list-value', 'Start', 'B9']] },
  { mistake: 'rating a competency level 6', make: typeInto('Competencies', competency('level', 0), 6), expected: [['whole-number-range', 'Competencies', competency('level', 0)]] },
  { mistake: 'clearing the evidence of a criterion rated 3', make: clear('Principles', criterion('evidence', criterionIndex('P01.1'))), expected: [['evidence-for-high-rating', 'Principles', criterion('evidence', criterionIndex('P01.1'))]] },
  { mistake: 'clearing the reason of an N/A', make: clear('Principles', criterion('evidence', criterionIndex('P01.5'))), expected: [['reason-for-na', 'Principles', criterion('evidence', criterionIndex('P01.5'))]] },
  { mistake: 'clearing the owner of an action', make: clear('Principles', criterion('owner', criterionIndex('P12.1'))), expected: [['action-needs-owner-and-due', 'Principles', criterion('owner', criterionIndex('P12.1'))]] },
  { mistake: 'clearing the owner of a risk', make: clear('Risks', risk('owner', 1)), expected: [['risk-needs-owner', 'Risks', risk('owner', 1)]] },
  { mistake: 'clearing the mitigation of a Critical risk', make: clear('Risks', risk('mitigation', 0)), expected: [['risk-needs-mitigation', 'Risks', risk('mitigation', 0)]] },
  {
    mistake: 'giving a risk a residual score above its score',
    make: edit((f) => {
      type(f, 'Risks', risk('residualLikelihood', 3), 3);
      type(f, 'Risks', risk('residualImpact', 3), 4);
    }),
    expected: [['residual-above-inherent', 'Risks', risk('residualScore', 3)]],
  },
  { mistake: 'clearing the content of an Agreed plan element', make: clear('Plan', element('content', elementIndex('A02'))), expected: [['plan-agreed-needs-content', 'Plan', element('content', elementIndex('A02'))]] },
  { mistake: 'setting the next plan review two years out', make: typeInto('Plan', element('nextReview', 0), isoToSerial('2028-03-10') as number), expected: [['plan-review-interval', 'Plan', element('nextReview', 0)]] },
  {
    mistake: 'clearing who the senior accountable person is',
    make: clear('Plan', element('content', elementIndex('A04'))),
    expected: [['plan-agreed-needs-content', 'Plan', element('content', elementIndex('A04'))], ['senior-accountable-person', 'Plan', element('content', elementIndex('A04'))]],
  },
  { mistake: 'deleting the Score history sheet', make: edit((f) => must(f.DeleteSheet('Score history'), 'delete sheet')), expected: [['missing-table', 'Score history', '']] },
  { mistake: 'opening it with a newer template version', make: edit((f) => must(f.SetCustomProps({ Name: PROPERTY_VERSION, Value: '2.0.0' }), 'version')), expected: [['template-version', '', '']] },
];

const key = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
let example: Uint8Array;
let baseline: Set<string>;

beforeAll(async () => {
  example = await writeWorkbook(workbookSchema, entries);
  baseline = new Set(runChecks(readWorkbookData(example), { today: TODAY }).map(key));
});

describe('the generated example', () => {
  it('has no errors', () => {
    expect(runChecks(readWorkbookData(example), { today: TODAY }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('and a blank workbook has no errors either', async () => {
    const blank = readWorkbookData(await writeWorkbook(workbookSchema, { workbookId: 'blank' }));
    expect(runChecks(blank, { today: TODAY }).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a corpus of workbooks with a mistake in them', () => {
  it('has at least 30 realistic mistakes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map((c) => [c.mistake, c] as const))('finds %s at the cell where it now stands', async (_, bad) => {
    const findings = runChecks(readWorkbookData(await bad.make(example)), { today: TODAY });
    const added = findings.filter((f) => !baseline.has(key(f)));
    expect(added.map((f): Where => [f.rule, f.sheet, f.cell])).toEqual(bad.expected);
    for (const f of added) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(5);
    }
  });
});
