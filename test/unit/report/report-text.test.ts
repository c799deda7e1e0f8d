/** The report writes figures and dates as the workbook shows them. */
import { cellText, dateCellText, percentText, scoreText } from '../../../src/report/report-text';
import { day } from '../checks/typing';

describe('figures and cells as the report writes them', () => {
  it.each([
    [2.675, '2.68'], [1.005, '1.01'], [2.9166666666666665, '2.92'], [-0.125, '-0.13'], [0, '0.00'], [null, '–'],
  ])('rounds the score %p as the Dashboard\'s 0.00 format shows it: %p', (score, shown) => {
    expect(scoreText(score)).toBe(shown);
  });

  it.each([[0.285714, '29%'], [0.125, '13%'], [1, '100%'], [null, '–']])('rounds the share %p as the 0%% format: %p', (share, shown) => {
    expect(percentText(share)).toBe(shown);
  });

  it('writes a date serial as a date and keeps a date typed as text', () => {
    expect(dateCellText(day('2026-12-06'))).toBe('6 Dec 2026');
    expect(dateCellText('next spring')).toBe('next spring');
    expect(dateCellText(null)).toBe('');
  });

  it('writes an error value as its code and a formula-like text as it is', () => {
    expect(cellText({ error: '#REF!' })).toBe('#REF!');
    expect(cellText('=HYPERLINK("http://example.org")')).toBe('=HYPERLINK("http://example.org")');
    expect(cellText(true)).toBe('TRUE');
  });
});
