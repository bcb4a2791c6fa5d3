import { browser } from 'wxt/browser';
import { createRoot } from 'react-dom/client';
import { ShopReplyDB } from '../../lib/db/database';
import { createAsk } from '../../lib/messages/ask';
import { App } from './App';
import { workerImporter } from './worker-importer';
import { browserSiteProfiles } from './site-profile-browser';
import './options.css';

const db = new ShopReplyDB();
const ask = createAsk((message) => browser.runtime.sendMessage(message));

/**
 * Any request wakes the worker, which seeds the starter pack on first use; the page then sees it
 * live. A worker still starting up may refuse the first message, so ask a few times.
 */
async function wakeWorker(attempts = 10) {
  for (let i = 0; i < attempts; i++) {
    try {
      await ask({ type: 'list-phrases' });
      return;
    } catch {
      // not listening yet, or refused while starting up
    }
    await new Promise((resolve) => setTimeout(resolve, 300 * (i + 1)));
  }
}
void wakeWorker();

const root = createRoot(document.getElementById('root')!);
const importer = workerImporter();
const siteProfiles = browserSiteProfiles(ask);
// A draft profile arrives in the hash (#site-profile-draft=…), also while the page is open.
const render = () =>
  root.render(<App db={db} ask={ask} importer={importer} siteProfiles={siteProfiles} draftHash={location.hash} browserLanguage={navigator.language} />);
window.addEventListener('hashchange', render);
render();
