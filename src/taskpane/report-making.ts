// The report's code, loaded when Create report is first used (on-demand.tsx says why): the .docx
// writer is large, and most openings of the pane never make a report.
export { reportDocx } from '../document/report-docx';
export { createReportSheet } from '../excel/report';
export { reportFileName } from '../report/report-file-name';
export { reportModel } from '../report/report-model';
