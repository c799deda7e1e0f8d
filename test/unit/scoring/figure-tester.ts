/**
 * A case table for a figure the pane and `partnering summary` show: workbooks a person made and
 * the figure each must give, computed from WorkbookData as the hosts hand it over.
 */
import type { WorkbookData } from '../../../src/data/workbook-data';

export interface FigureCase<T> {
  name: string;
  workbook: WorkbookData;
  expected: T;
}

export function testFigure<T>(figure: string, compute: (data: WorkbookData) => T, cases: Array<FigureCase<T>>): void {
  describe(figure, () => {
    it.each(cases)('$name', ({ workbook, expected }) => {
      expect(compute(workbook)).toEqual(expected);
    });
  });
}
