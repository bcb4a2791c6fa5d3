import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import css from './demo.css?raw';
import { restyle } from './hooks';

const style = document.createElement('style');
style.textContent = restyle(css);
document.head.append(style);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
