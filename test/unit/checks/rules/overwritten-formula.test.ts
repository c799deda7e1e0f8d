import { principlesTable } from '../../../../src/schema/principles';
import { risksTable } from '../../../../src/schema/risks';
import { workbookSchema } from '../../../../src/schema/workbook';
import { removeColumn, removeName } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { editFormula, typeNamed, typeRow } from '../typing';

const SCORE = risksTable.formulas.score;
const R001 = { sheet: 'Risks', row: 5, header: 'Score' };
const figure = (name: string) => workbookSchema.cells.find((c) => c.name === name)?.formula as string;
/** The same formula as Excel shows it once edited: `[@Likelihood]` for `tblRisks[[#This Row],[Likelihood]]`. */
const shorthand = (formula: string) => formula.replace(/tblRisks\[\[#This Row\],\[([^\]]+)\]\]/g, (_, header: string) => (header.includes(' ') ? `[@[${header}]]` : `[@${header}]`));
const LONG = 'Sixteen, agreed with Northgate at the March meeting';

testRule('overwritten-formula', {
  severity: 'error',
  valid: [
    { name: 'the example, every formula intact', workbook: example },
    { name: 'a Score formula as Excel shows it, with [@Likelihood]', workbook: editFormula(example, R001, shorthand(SCORE)) },
    { name: 'a Score formula with a leading =, spaces and other capitals', workbook: editFormula(example, R001, `= ${SCORE.replace(/,/g, ', ').toLowerCase()}`) },
    {
      name: 'a Residual score formula naming its table, tblRisks[@[Residual likelihood]]',
      workbook: editFormula(example, { sheet: 'Risks', row: 5, header: 'Residual score' },
        risksTable.formulas.residualScore.replace(/tblRisks\[\[#This Row\],\[([^\]]+)\]\]/g, 'tblRisks[@[$1]]')),
    },
    { name: 'the Overall maturity figure\'s formula in lower case', workbook: editFormula(example, { name: 'OverallMaturity' }, figure('OverallMaturity').toLowerCase()) },
    { name: 'a deleted Score column (missing-column reports it)', workbook: removeColumn(example, 'tblRisks', 'score') },
    { name: 'a figure that lost its name (missing-name reports it)', workbook: removeName(example, 'OverallMaturity') },
  ],
  invalid: [
    { name: 'a Score typed over with 16', workbook: typeRow(example, 'Risks', 5, { Score: 16 }), findings: [{ at: 'Risks!I5', message: 'Score should be calculated but holds the typed value "16".' }] },
    { name: 'a Score cleared', workbook: typeRow(example, 'Risks', 5, { Score: null }), findings: [{ at: 'Risks!I5', message: 'Score should be calculated but is empty.' }] },
    { name: 'a Score formula emptied to spaces', workbook: editFormula(example, R001, '  '), findings: [{ at: 'Risks!I5', message: 'Score should be calculated but is empty.' }] },
    { name: 'a Score formula changed to G5*H5', workbook: editFormula(example, R001, 'G5*H5'), findings: [{ at: 'Risks!I5', message: 'Score has a different formula from the template.' }] },
    {
      name: 'a Level typed over with TRUE, as Excel shows it',
      workbook: typeRow(example, 'Principles', 5, { Level: true }),
      findings: [{ at: 'Principles!G5', message: 'Level should be calculated but holds the typed value "TRUE".' }],
    },
    {
      name: 'a Level formula pointing at another column',
      workbook: editFormula(example, { sheet: 'Principles', row: 6, header: 'Level' }, principlesTable.formulas.level.replace(/\[Rating\]/g, '[Weight]')),
      findings: [{ at: 'Principles!G6', message: 'Level has a different formula from the template.' }],
    },
    {
      name: 'a typed value of exactly 40 characters, shown whole',
      workbook: typeRow(example, 'Risks', 5, { Score: LONG.slice(0, 40) }),
      findings: [{ at: 'Risks!I5', message: `Score should be calculated but holds the typed value "${LONG.slice(0, 40)}".` }],
    },
    {
      name: 'a typed value of 41 characters, cut to 39 and an ellipsis',
      workbook: typeRow(example, 'Risks', 5, { Score: LONG.slice(0, 41) }),
      findings: [{ at: 'Risks!I5', message: `Score should be calculated but holds the typed value "${LONG.slice(0, 39)}…".` }],
    },
    {
      name: 'a long typed value, cut short in the message',
      workbook: typeRow(example, 'Risks', 5, { Score: LONG }),
      findings: [{ at: 'Risks!I5', message: `Score should be calculated but holds the typed value "${LONG.slice(0, 39)}…".` }],
    },
    {
      name: 'the Overall maturity figure typed over with 2.5, named by its label',
      workbook: typeNamed(example, 'OverallMaturity', 2.5),
      findings: [{ at: 'Dashboard!C3', message: 'Overall maturity (0–4) should be calculated but holds the typed value "2.5".' }],
    },
    {
      name: 'the Open High or Critical risks figure counting from above 10 instead of from 10',
      workbook: editFormula(example, { name: 'OpenHighRisks' }, figure('OpenHighRisks').replace('">=', '">')),
      findings: [{ at: 'Dashboard!C5', message: 'Open High or Critical risks has a different formula from the template.' }],
    },
    {
      name: 'the Plan completeness figure cleared',
      workbook: typeNamed(example, 'PlanCompleteness', null),
      findings: [{ at: 'Dashboard!C4', message: 'Plan completeness should be calculated but is empty.' }],
    },
  ],
});
