import { createAsk } from '../../../lib/messages/ask';
import type { OverlayStore } from '../overlay-store';
import { TEACH_GLOBAL, type MountedTeaching, type TeachModule } from './module';
import './teach.css';

const ask = createAsk((message) => browser.runtime.sendMessage(message));

/** The teaching UI in this tab, loaded the first time "Teach this page" is pressed. */
export function createTeachEntry(store: OverlayStore) {
  let shadow: ShadowRoot | null = null;
  let mounted: MountedTeaching | null = null;
  let loading: Promise<MountedTeaching> | null = null;

  async function load(): Promise<MountedTeaching> {
    const g = globalThis as { [TEACH_GLOBAL]?: TeachModule };
    if (!g[TEACH_GLOBAL]) await ask({ type: 'load-teach-ui' });
    const module = g[TEACH_GLOBAL];
    if (!module || !shadow) throw new Error('the teaching interface did not load');
    const container = document.createElement('div');
    container.className = 'sr-teach-root';
    shadow.appendChild(container);
    return module.mount(container, { store, host: shadow.host });
  }

  return {
    setShadow(root: ShadowRoot) {
      shadow = root;
    },
    open: () => {
      loading ??= load();
      loading.then(
        (m) => {
          mounted = m;
          m.open();
        },
        (e: unknown) => {
          loading = null;
          console.error('ShopReply teach:', e);
        },
      );
    },
    close: () => {
      mounted?.close();
      mounted?.unmount();
      mounted = null;
      loading = null;
    },
  };
}
