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

const close = document.getElementById('close');
close?.addEventListener('click', () => {
  if (typeof Office !== 'undefined' && Office.context?.ui) Office.context.ui.messageParent('close');
  else window.close();
});
close?.focus();
