/** How long a message the pane says on its own stays: long enough to read two lines twice; the same words stay in the workbook (the ID in its cell). */
export const FADE_AFTER_MS = 8000;
/** How long it then takes to fade, where the person has not asked for reduced motion. */
export const FADE_MS = 400;
