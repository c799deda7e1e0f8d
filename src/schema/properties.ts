/** Document custom properties every Partnering workbook carries, beside the TemplateVersion name. */
export const PROPERTY_VERSION = 'PartneringTemplateVersion';
export const PROPERTY_WORKBOOK_ID = 'PartneringWorkbookId';

/** Stands in the template for the id each workbook gets; a workbook still carrying it has no id of its own. */
export const TEMPLATE_WORKBOOK_ID = 'template';
