import { reportFileName } from '../../../src/report/report-file-name';

describe('the name a report is offered to save under', () => {
  it.each([
    ['Acme Joinery', 'Acme Joinery report 2026-04-01.docx'],
    ['', 'Partnering report 2026-04-01.docx'],
    ['A/B: "Joint" <Ltd>?', 'A B Joint Ltd report 2026-04-01.docx'],
    ['..hidden', 'hidden report 2026-04-01.docx'],
    ['x'.repeat(200), `${'x'.repeat(80)} report 2026-04-01.docx`],
  ])('for the organisation %j is %j', (organisation, name) => {
    expect(reportFileName(organisation, '2026-04-01', 'docx')).toBe(name);
  });
});
