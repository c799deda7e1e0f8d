/** The layout version of the workbook this code writes. Raise it whenever a table or column changes. */
export const TEMPLATE_VERSION = '1.1.0';
