// The .docx report's code, loaded when Create report first makes a file (on-demand.tsx says why):
// the .docx writer is large, and most openings of the pane never make a report.
export { reportDocx } from '../document/report-docx';
export { reportFileName } from '../report/report-file-name';
export { reportModel } from '../report/report-model';
