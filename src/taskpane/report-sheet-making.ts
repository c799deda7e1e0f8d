// The Report sheet's code, for a pane that cannot offer files, without the .docx writer: the older
// Edge webview is one such pane, and the writer is made for newer engines.
export { createReportSheet } from '../excel/report';
