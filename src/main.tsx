import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './ui/i18n';
import { App } from './ui/App';
import './ui/global.css';

initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
