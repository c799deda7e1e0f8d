import './builtins-for-older-edge';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { excelGateway } from './excel-gateway';
import { detectHost } from './host-status';
import { followOfficeTheme, officeIsDark } from './office-theme';

// Every module above has loaded, so the page's "could not start" message stays hidden (taskpane.html).
window.partneringPaneStarted = true;

const root = createRoot(document.getElementById('root') as HTMLElement);

detectHost().then((status) => {
  const inExcel = status === 'excel';
  const render = (dark: boolean) => root.render(<App status={status} gateway={inExcel ? excelGateway : undefined} dark={dark} />);
  render(inExcel && officeIsDark());
  if (inExcel) followOfficeTheme(render);
});
