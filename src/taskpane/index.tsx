import { createRoot } from 'react-dom/client';
import { App } from './app';
import { detectHost } from './host-status';

const root = createRoot(document.getElementById('root') as HTMLElement);

detectHost().then((status) => root.render(<App status={status} />));
