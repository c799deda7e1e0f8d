/** The dialog the ribbon's Check entries opens: the counts in words, and a Close button. */
import { paneText } from '../domain/strings/en/pane';

const text = paneText.ribbon;
const params = new URLSearchParams(window.location.search);
const count = (key: string) => Number(params.get(key) ?? 0);
const failed = params.get('failed');

const set = (id: string, words: string) => {
  const element = document.getElementById(id);
  if (element) element.textContent = words;
};
set('title', text.title);
set('summary', failed ? `${text.failed} ${failed}` : text.summary(count('errors'), count('warnings'), count('notes')));
set('details', failed ? '' : text.details);
set('close', text.close);

// A dialog page may call messageParent only once it has initialised Office.js ("Use the Office
// dialog API": the dialog box must first initialize the Office JavaScript API), so Close waits for
// Office.onReady. Opened outside Office (no office.js), Close closes the window instead.
const officeReady = typeof Office !== 'undefined' && typeof Office.onReady === 'function' ? Office.onReady() : undefined;

const close = document.getElementById('close');
close?.addEventListener('click', () => {
  if (!officeReady) {
    window.close();
    return;
  }
  officeReady.then(() => {
    if (Office.context?.ui) Office.context.ui.messageParent('close');
    else window.close();
  }, () => window.close());
});
close?.focus();
