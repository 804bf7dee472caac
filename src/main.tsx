import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './app/i18n';
import { App } from './app/App';
import 'antd/dist/antd.css';
import './ui/global.css';
import { markStart } from './db/hooks/start-marks';

markStart('cd:main-evaluated');
initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
