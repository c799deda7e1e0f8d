/**
 * A person opens the workbook in LibreOffice and saves it, as .xlsx or by way of .ods. LibreOffice
 * re-spells formulas (`FALSE()`, A1 references for table references), yet the checks must find
 * exactly what they found before the trip: no false overwritten formulas, and real mistakes still
 * found at their cells.
 */
import { runChecks, type Finding } from '../../src/checks';
import { columnLetter } from '../../src/schema/address';
import { exampleEntries } from '../../src/schema/example';
import { risksTable } from '../../src/schema/risks';
import { columnOf, placed, workbookSchema } from '../../src/schema/workbook';
import { must } from '../../src/xlsx/excelize';
import { readWorkbookData } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { editWorkbook, type } from '../support/xlsx-edit';
import { resaveInLibreOffice } from './support/resave';

const TODAY = '2026-04-01';
const risks = placed(risksTable);
const riskCell = (key: string, index: number) => `${columnLetter(columnOf(risks, key))}${risks.headerRow + 1 + index}`;

const findingsOf = (bytes: Uint8Array) => runChecks(readWorkbookData(bytes), { today: TODAY })
  .map((f: Finding) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort();

async function workbooks(): Promise<Array<[string, Uint8Array]>> {
  const example = await writeWorkbook(workbookSchema, { workbookId: 'resave', ...exampleEntries('2026-03-31') });
  const filled = await editWorkbook(example, (file) => {
    type(file, 'Risks', riskCell('likelihood', 0), 'High');
    must(file.SetCellFormula('Risks', riskCell('score', 1), '25'), 'a Score typed over');
    must(file.SetCellFormula('Risks', riskCell('rating', 2), `IF(ISNUMBER(${risksTable.name}[[#This Row],[Score]]),"Low","")`), 'a Rating formula changed');
    type(file, 'Risks', riskCell('nextReview', 3), 'next spring');
  });
  return [
    ['blank', await writeWorkbook(workbookSchema, { workbookId: 'blank' })],
    ['example', example],
    ['filled, with a person’s mistakes', filled],
  ];
}

describe.each(['xlsx', 'ods'] as const)('re-saved by LibreOffice (%s)', (trip) => {
  const trips: Array<{ name: string; before: string[]; after: string[] }> = [];
  beforeAll(async () => {
    for (const [name, bytes] of await workbooks()) {
      trips.push({ name, before: findingsOf(bytes), after: findingsOf(await resaveInLibreOffice(bytes, trip)) });
    }
  }, 300000);

  it('gives the same findings as before the trip, for a blank, the example and a filled workbook', () => {
    expect(trips).toHaveLength(3);
    for (const { name, before, after } of trips) expect({ name, findings: after }).toEqual({ name, findings: before });
  });

  it('still finds the overwritten and changed formulas after the trip', () => {
    const after = trips[2].after.filter((f) => f.startsWith('overwritten-formula'));
    expect(after.map((f) => f.split(' ')[1])).toEqual([`Risks!${riskCell('score', 1)}`, `Risks!${riskCell('rating', 2)}`].sort());
  });
});
