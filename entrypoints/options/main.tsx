import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { ShopReplyDB } from '../../lib/db/database';
import { App } from './App';
import { workerImporter } from './worker-importer';
import './options.css';

const db = new ShopReplyDB();
const ask = (message: unknown) => browser.runtime.sendMessage(message);

/**
 * Any request wakes the worker, which seeds the starter pack on first use; the page then sees it
 * live. A worker still starting up may refuse the first message, so ask a few times.
 */
async function wakeWorker(attempts = 10) {
  for (let i = 0; i < attempts; i++) {
    try {
      const answer = await ask({ type: 'list-phrases' });
      if (answer && typeof answer === 'object' && !('error' in answer)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300 * (i + 1)));
  }
}
void wakeWorker();

createRoot(document.getElementById('root')!).render(<App db={db} ask={ask} importer={workerImporter()} browserLanguage={navigator.language} />);
