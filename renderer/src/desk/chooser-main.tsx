import '../boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import { ChooserRoot } from './ChooserRoot';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ChooserRoot />
    </StrictMode>,
  );
}
