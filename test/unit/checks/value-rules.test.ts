import { competenciesTable } from '../../../src/schema/competencies';
import { lists } from '../../../src/schema/lists';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import { scoresTable } from '../../../src/schema/scores';
import { historyTable } from '../../../src/schema/history';
import { setCell, setNamed } from '../../support/workbook-data';
import { addedFindings, assessed, findingAt } from './fixtures';

const R001 = 0;
const R002 = 1;
const R003 = 2;
const FIRST_BLANK_RISK = 6;
const P01_1 = 0;

describe('rating-value', () => {
  it.each([
    [5, '5'],
    [3.5, '3.5'],
    ['three', 'three'],
    [' 3 ', ' 3 '],
    [true, 'TRUE'],
  ])('flags a pasted Rating of %j at its cell', (rating, shown) => {
    expect(addedFindings(assessed, setCell(assessed, principlesTable.name, 'rating', P01_1, rating))).toEqual([
      findingAt('Principles!F5', 'rating-value', 'error', `Rating must be a whole number from 0 to 4 or N/A, found "${shown}".`),
    ]);
  });

  it.each([0, 4, 'N/A', 'n/a'])('accepts %j', (rating) => {
    const rated = setCell(assessed, principlesTable.name, 'evidence', P01_1, 'Board minute');
    expect(addedFindings(rated, setCell(rated, principlesTable.name, 'rating', P01_1, rating))).toEqual([]);
  });
});

describe('weight-value', () => {
  it('flags a negative Weight', () => {
    expect(addedFindings(assessed, setCell(assessed, principlesTable.name, 'weight', P01_1, -1))).toEqual([
      findingAt('Principles!E5', 'weight-value', 'error', 'Weight must be a number from 0 upwards, found "-1".'),
    ]);
  });

  it('flags a principle Weight typed as words on the Dashboard', () => {
    expect(addedFindings(assessed, setCell(assessed, scoresTable.name, 'weight', 0, 'double'))).toEqual([
      findingAt('Dashboard!M4', 'weight-value', 'error', 'Weight must be a number from 0 upwards, found "double".'),
    ]);
  });

  it('accepts a Weight of 0 or 2.5', () => {
    const zero = setCell(assessed, principlesTable.name, 'weight', P01_1, 0);
    expect(addedFindings(assessed, setCell(zero, principlesTable.name, 'weight', 1, 2.5))).toEqual([]);
  });
});

describe('whole-number-range', () => {
  it('flags a Likelihood of "High", naming the column and its bounds', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'likelihood', R001, 'High'))).toEqual([
      findingAt('Risks!G5', 'whole-number-range', 'error', 'Likelihood must be a whole number from 1 to 5, found "High".'),
    ]);
  });

  it('flags a Residual impact of 6', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'residualImpact', R001, 6))).toEqual([
      findingAt('Risks!N5', 'whole-number-range', 'error', 'Residual impact must be a whole number from 1 to 5, found "6".'),
    ]);
  });

  it('flags a competency Level of 5 on the 1–4 scale', () => {
    expect(addedFindings(assessed, setCell(assessed, competenciesTable.name, 'level', 0, 5))).toEqual([
      findingAt('Competencies!F5', 'whole-number-range', 'error', 'Level must be a whole number from 1 to 4, found "5".'),
    ]);
  });

  it('flags a Target of 2.5 on the Dashboard', () => {
    expect(addedFindings(assessed, setCell(assessed, scoresTable.name, 'target', 0, 2.5))).toEqual([
      findingAt('Dashboard!N4', 'whole-number-range', 'error', 'Target must be a whole number from 0 to 4, found "2.5".'),
    ]);
  });
});

describe('date-value', () => {
  it('flags "next week" typed as a Next review', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'nextReview', R001, 'next week'))).toEqual([
      findingAt('Risks!S5', 'date-value', 'error', 'Next review must be a date, found "next week".'),
    ]);
  });

  it('flags an impossible date pasted as text', () => {
    expect(addedFindings(assessed, setCell(assessed, principlesTable.name, 'due', 2, '31/02/2026'))).toEqual([
      findingAt('Principles!K7', 'date-value', 'error', 'Due must be a date, found "31/02/2026".'),
    ]);
  });

  it('takes a date with a time of day as a date, as Excel shows it', () => {
    expect(addedFindings(assessed, setCell(assessed, historyTable.name, 'date', 0, 46112.5))).toEqual([]);
  });

  it('flags a time of day with no date', () => {
    expect(addedFindings(assessed, setCell(assessed, historyTable.name, 'date', 0, 0.5))).toEqual([
      findingAt(`${historyTable.sheet}!A5`, 'date-value', 'error', 'Date must be a date, found "0.5".'),
    ]);
  });

  it('flags a number past the last date Excel knows', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'raised', R001, 3000000))).toEqual([
      findingAt('Risks!R5', 'date-value', 'error', 'Raised must be a date, found "3000000".'),
    ]);
  });

  it('flags the assessment date on the Start sheet', () => {
    expect(addedFindings(assessed, setNamed(assessed, 'AssessmentDate', 'last March'))).toEqual([
      findingAt('Start!B11', 'date-value', 'error', 'Assessment date must be a date, found "last March".'),
    ]);
  });
});

describe('list-value', () => {
  it('flags a Status pasted with a leading space', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'status', R001, ' Open'))).toEqual([
      findingAt('Risks!Q5', 'list-value', 'error', 'Status must be a value from its list, found " Open".'),
    ]);
  });

  it('accepts a list value in another case, as Excel does', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'status', R001, 'open'))).toEqual([]);
  });

  it("checks against the workbook's own list when a consultant has edited it", () => {
    const customised = { ...assessed, lists: { ...assessed.lists, [lists.category.name]: ['Supplier insolvency', 'Loss of key people'] } };
    const withNewCategory = setCell(customised, risksTable.name, 'category', R003, 'Supplier insolvency');
    expect(addedFindings(assessed, withNewCategory)).toEqual([
      findingAt('Risks!C5', 'list-value', 'error', 'Category must be a value from its list, found "Dependency and concentration".'),
      findingAt('Risks!C6', 'list-value', 'error', 'Category must be a value from its list, found "Opportunism or unfair value split".'),
      findingAt('Risks!C8', 'list-value', 'error', 'Category must be a value from its list, found "Change of control".'),
      findingAt('Risks!C9', 'list-value', 'error', 'Category must be a value from its list, found "IP and confidential information leakage".'),
      findingAt('Risks!C10', 'list-value', 'error', 'Category must be a value from its list, found "Operational integration".'),
    ]);
  });

  it('flags a lifecycle stage typed in words on the Start sheet', () => {
    expect(addedFindings(assessed, setNamed(assessed, 'LifecycleStage', 'Stage five'))).toEqual([
      findingAt('Start!B9', 'list-value', 'error', 'Lifecycle stage must be a value from its list, found "Stage five".'),
    ]);
  });
});

describe('error-value', () => {
  it('flags #REF! in a risk Owner', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'owner', R002, { error: '#REF!' }))).toEqual([
      findingAt('Risks!F6', 'error-value', 'error', 'Owner holds the error #REF!.'),
    ]);
  });

  it('flags #N/A in a Likelihood once, not also as an off-scale number', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'likelihood', R002, { error: '#N/A' }))).toEqual([
      findingAt('Risks!G6', 'error-value', 'error', 'Likelihood holds the error #N/A.'),
    ]);
  });

  it('flags an error value in the Organisation', () => {
    expect(addedFindings(assessed, setNamed(assessed, 'Organisation', { error: '#VALUE!' }))).toEqual([
      findingAt('Start!B5', 'error-value', 'error', 'Organisation holds the error #VALUE!.'),
    ]);
  });
});

describe('duplicate-risk-id', () => {
  it('flags the second use of an ID, whatever its case and spaces, naming the first row', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'id', R003, 'r-001 '))).toEqual([
      findingAt('Risks!A7', 'duplicate-risk-id', 'error', 'The ID "r-001" is already used on row 5.'),
    ]);
  });
});

describe('required-value', () => {
  it('warns about a risk with a Likelihood but no Risk text', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'likelihood', FIRST_BLANK_RISK, 3))).toEqual([
      findingAt('Risks!B11', 'required-value', 'warning', 'Risk is blank, but the row has other entries.'),
    ]);
  });
});
