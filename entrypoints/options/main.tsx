import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { ShopReplyDB } from '../../lib/db/database';
import { App } from './App';
import './options.css';

const db = new ShopReplyDB();
const ask = (message: unknown) => browser.runtime.sendMessage(message);

createRoot(document.getElementById('root')!).render(<App db={db} ask={ask} browserLanguage={navigator.language} />);
