/**
 * The child sequences of the DrawingML chart elements our charts use, transcribed from the
 * schema `dml-chart.xsd` of ECMA-376 Part 1 (§21.2, DrawingML – Charts; Annex A.4). Desktop Excel
 * repairs a chart part whose children leave these sequences (excelize issue #2355), so the writer
 * puts every chart part in this order (chart-order.ts) and the tests hold every part to it.
 *
 * Only elements of the chart namespace are listed; the DrawingML content inside `spPr`, `txPr`
 * and `rich` (namespace `a:`) is not touched. Groups of the schema (EG_SerShared,
 * EG_LineChartShared, Group_DLbls …) are written out in place, as the schema's "denormalized"
 * reading does.
 */

export const CHART_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/** One place in a sequence: the element names allowed there (several for an xsd:choice), with the type of each, and how often. */
export interface Particle {
  /** Element name -> its complex type when its own children are ordered too, else null. */
  names: Record<string, string | null>;
  min: number;
  max: number;
}

export type Sequence = Particle[];

const one = (name: string, type: string | null = null): Particle => ({ names: { [name]: type }, min: 1, max: 1 });
const optional = (name: string, type: string | null = null): Particle => ({ names: { [name]: type }, min: 0, max: 1 });
const any = (name: string, type: string | null = null): Particle => ({ names: { [name]: type }, min: 0, max: Infinity });
const choice = (names: Record<string, string | null>, min: number, max: number): Particle => ({ names, min, max });
const optionals = (...names: string[]): Particle[] => names.map((name) => optional(name));

/** `idx order tx spPr` (EG_SerShared), the start of every series. */
const serShared = [one('idx'), one('order'), optional('tx', 'CT_SerTx'), optional('spPr')];

/** `numFmt … leaderLines` (Group_DLbls). The schema makes `delete` the alternative to this group. */
const dLblsGroup = optionals(
  'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent',
  'showBubbleSize', 'separator', 'showLeaderLines', 'leaderLines',
);

/** EG_AxShared, the start of every axis. */
const axShared = [
  one('axId'), one('scaling', 'CT_Scaling'), optional('delete'), one('axPos'), optional('majorGridlines', 'CT_ChartLines'),
  optional('minorGridlines', 'CT_ChartLines'), optional('title', 'CT_Title'), optional('numFmt'), optional('majorTickMark'),
  optional('minorTickMark'), optional('tickLblPos'), optional('spPr'), optional('txPr'), one('crossAx'),
  choice({ crosses: null, crossesAt: null }, 0, 1),
];

/** The plot types a plot area may hold (CT_PlotArea's first choice), by element name. */
const PLOT_TYPES = {
  areaChart: null, area3DChart: null, lineChart: 'CT_LineChart', line3DChart: null, stockChart: null, radarChart: 'CT_RadarChart',
  scatterChart: null, pieChart: null, pie3DChart: null, doughnutChart: null, barChart: 'CT_BarChart', bar3DChart: null,
  ofPieChart: null, surfaceChart: null, surface3DChart: null, bubbleChart: null,
};

export const CHART_SEQUENCES: Record<string, Sequence> = {
  CT_ChartSpace: [
    ...optionals('date1904', 'lang', 'roundedCorners', 'style', 'clrMapOvr', 'pivotSource', 'protection'),
    one('chart', 'CT_Chart'),
    ...optionals('spPr', 'txPr', 'externalData'), optional('printSettings', 'CT_PrintSettings'), ...optionals('userShapes', 'extLst'),
  ],
  CT_Chart: [
    optional('title', 'CT_Title'), optional('autoTitleDeleted'), optional('pivotFmts'), optional('view3D', 'CT_View3D'),
    optional('floor', 'CT_Surface'), optional('sideWall', 'CT_Surface'), optional('backWall', 'CT_Surface'),
    one('plotArea', 'CT_PlotArea'), optional('legend', 'CT_Legend'), ...optionals('plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'),
  ],
  CT_Title: [optional('tx', 'CT_Tx'), optional('layout', 'CT_Layout'), ...optionals('overlay', 'spPr', 'txPr', 'extLst')],
  CT_Tx: [choice({ strRef: 'CT_StrRef', rich: null }, 1, 1)],
  CT_View3D: optionals('rotX', 'hPercent', 'rotY', 'depthPercent', 'rAngAx', 'perspective', 'extLst'),
  CT_Surface: optionals('thickness', 'spPr', 'pictureOptions', 'extLst'),
  CT_Layout: optionals('manualLayout', 'extLst'),
  CT_PlotArea: [
    optional('layout', 'CT_Layout'),
    choice(PLOT_TYPES, 1, Infinity),
    choice({ valAx: 'CT_ValAx', catAx: 'CT_CatAx', dateAx: null, serAx: null }, 0, Infinity),
    ...optionals('dTable', 'spPr', 'extLst'),
  ],
  CT_RadarChart: [
    one('radarStyle'), optional('varyColors'), any('ser', 'CT_RadarSer'), optional('dLbls', 'CT_DLbls'),
    { ...one('axId'), min: 2, max: 2 }, optional('extLst'),
  ],
  CT_BarChart: [
    one('barDir'), optional('grouping'), optional('varyColors'), any('ser', 'CT_BarSer'), optional('dLbls', 'CT_DLbls'),
    optional('gapWidth'), optional('overlap'), any('serLines', 'CT_ChartLines'), { ...one('axId'), min: 2, max: 2 }, optional('extLst'),
  ],
  CT_LineChart: [
    one('grouping'), optional('varyColors'), any('ser', 'CT_LineSer'), optional('dLbls', 'CT_DLbls'),
    optional('dropLines', 'CT_ChartLines'), optional('hiLowLines', 'CT_ChartLines'), optional('upDownBars'), optional('marker'),
    optional('smooth'), { ...one('axId'), min: 2, max: 2 }, optional('extLst'),
  ],
  CT_RadarSer: [
    ...serShared, optional('marker', 'CT_Marker'), any('dPt', 'CT_DPt'), optional('dLbls', 'CT_DLbls'),
    optional('cat', 'CT_AxDataSource'), optional('val', 'CT_NumDataSource'), optional('extLst'),
  ],
  CT_BarSer: [
    ...serShared, optional('invertIfNegative'), optional('pictureOptions'), any('dPt', 'CT_DPt'), optional('dLbls', 'CT_DLbls'),
    any('trendline'), optional('errBars'), optional('cat', 'CT_AxDataSource'), optional('val', 'CT_NumDataSource'),
    optional('shape'), optional('extLst'),
  ],
  CT_LineSer: [
    ...serShared, optional('marker', 'CT_Marker'), any('dPt', 'CT_DPt'), optional('dLbls', 'CT_DLbls'), any('trendline'),
    optional('errBars'), optional('cat', 'CT_AxDataSource'), optional('val', 'CT_NumDataSource'), optional('smooth'), optional('extLst'),
  ],
  CT_SerTx: [choice({ strRef: 'CT_StrRef', v: null }, 1, 1)],
  CT_Marker: optionals('symbol', 'size', 'spPr', 'extLst'),
  CT_DPt: [one('idx'), optional('invertIfNegative'), optional('marker', 'CT_Marker'), ...optionals('bubble3D', 'explosion', 'spPr', 'pictureOptions', 'extLst')],
  CT_DLbls: [any('dLbl'), optional('delete'), ...dLblsGroup, optional('extLst')],
  CT_AxDataSource: [choice({ multiLvlStrRef: null, numRef: 'CT_NumRef', numLit: null, strRef: 'CT_StrRef', strLit: null }, 1, 1)],
  CT_NumDataSource: [choice({ numRef: 'CT_NumRef', numLit: null }, 1, 1)],
  CT_StrRef: [one('f'), optional('strCache', 'CT_StrData'), optional('extLst')],
  CT_NumRef: [one('f'), optional('numCache', 'CT_NumData'), optional('extLst')],
  CT_StrData: [optional('ptCount'), any('pt'), optional('extLst')],
  CT_NumData: [optional('formatCode'), optional('ptCount'), any('pt'), optional('extLst')],
  CT_CatAx: [
    ...axShared, ...optionals('auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst'),
  ],
  CT_ValAx: [...axShared, ...optionals('crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst')],
  CT_Scaling: optionals('logBase', 'orientation', 'max', 'min', 'extLst'),
  CT_ChartLines: optionals('spPr'),
  CT_Legend: [optional('legendPos'), any('legendEntry'), optional('layout', 'CT_Layout'), ...optionals('overlay', 'spPr', 'txPr', 'extLst')],
  CT_PrintSettings: optionals('headerFooter', 'pageMargins', 'pageSetup', 'legacyDrawingHF'),
};

/** The root of a chart part: `c:chartSpace`. */
export const CHART_ROOT = { name: 'chartSpace', type: 'CT_ChartSpace' } as const;
