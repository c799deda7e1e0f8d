/**
 * The ExcelApi requirement set of the Office.js members the fake checks, as Microsoft's API
 * reference gives them (learn.microsoft.com/javascript/api/excel, "[ API set: ExcelApi 1.x ]" on
 * each class and member). An Excel that lacks the set fails the operation at sync with ApiNotFound,
 * so a fake made with `excelApi: '1.8'` refuses what an Excel of that version would.
 */

/** By class, then by `Class.member` where a member came later than its class. */
const REQUIRED: Record<string, string> = {
  // Printing: the whole page layout object arrived in 1.9.
  PageLayout: '1.9',
  HeaderFooterGroup: '1.9',
  HeaderFooter: '1.9',
  // Charts and their text formats are in the first set; series got their data setters in 1.7.
  Chart: '1.1',
  ChartTitle: '1.1',
  ChartLegend: '1.1',
  ChartFont: '1.1',
  ChartFill: '1.1',
  ChartAxis: '1.1',
  ChartDataLabels: '1.1',
  ChartSeries: '1.1',
  ChartSeriesFormat: '1.1',
  'ChartSeries.setValues': '1.7',
  'ChartSeries.setXAxisValues': '1.7',
  'ChartSeriesCollection.add': '1.7',
};

/** The set an operation labelled `Class.member` needs; undefined for what the table does not list. */
export function requiredVersion(label: string): string | undefined {
  return REQUIRED[label] ?? REQUIRED[label.slice(0, label.indexOf('.'))];
}

/** Whether Excel with ExcelApi `supported` has `needed` ("1.10" is after "1.9"). */
export function versionAtLeast(supported: string, needed: string): boolean {
  const [a, b] = [supported, needed].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
