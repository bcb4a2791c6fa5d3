import '@chatscope/chat-ui-kit-styles/dist/default/styles.min.css';
import '../../shared/kit.css';
import './chatscope.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
