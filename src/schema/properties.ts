/** Document custom properties every Partnering workbook carries, beside the TemplateVersion name. */
export const PROPERTY_VERSION = 'PartneringTemplateVersion';
export const PROPERTY_WORKBOOK_ID = 'PartneringWorkbookId';
