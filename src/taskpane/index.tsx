import { createRoot } from 'react-dom/client';
import { App } from './app';
import { excelGateway } from './excel-gateway';
import { detectHost } from './host-status';
import { officeIsDark } from './office-theme';

const root = createRoot(document.getElementById('root') as HTMLElement);

detectHost().then((status) =>
  root.render(<App status={status} gateway={status === 'excel' ? excelGateway : undefined} dark={status === 'excel' && officeIsDark()} />));
