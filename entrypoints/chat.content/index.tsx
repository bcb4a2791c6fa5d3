import { createRoot, type Root } from 'react-dom/client';
import { SELLER_CHAT_MATCHES } from '../../lib/sites/hosts';
import { profileOfPage } from './profile';
import { Overlay } from './Overlay';
import { createOverlayStore } from './overlay-store';
import { createChatPage } from './page';
import { createAssistant } from './assistant';
import { acceptOnlyTrustedEvents } from './trusted';
import { createDocking } from './dock';
import { resolveUiLanguage } from '../../lib/i18n/page';
import { createTeachEntry } from './teach/entry';
import './overlay.css';

export default defineContentScript({
  // The demo build adds the loopback host (wxt.config.ts); the store build reads seller chats only.
  matches: SELLER_CHAT_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Started once per page even where the manifest's script and a profile's registration both reach it.
    const started = globalThis as { __shopreplyStarted?: boolean };
    if (started.__shopreplyStarted) return;
    started.__shopreplyStarted = true;
    const profile = await profileOfPage(location.href);
    const page = createChatPage(document, profile);
    const store = createOverlayStore(resolveUiLanguage(navigator.language));
    const docking = createDocking(page);
    const assistant = createAssistant(page, store);
    const teaching = createTeachEntry(store);

    const ui = await createShadowRootUi(ctx, {
      name: 'shopreply-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Closed: the page's scripts cannot read the suggestions. The demo build keeps it open so
      // the end-to-end tests (Playwright pierces open roots only) can see the overlay and prove
      // that the page's synthetic events do nothing.
      mode: import.meta.env.SHOPREPLY_DEMO ? 'open' : 'closed',
      onMount(container, shadow) {
        acceptOnlyTrustedEvents(shadow);
        teaching.setShadow(shadow);
        const root = createRoot(container);
        root.render(
          <Overlay
            store={store}
            docking={docking}
            onAccept={(i) => void assistant.accept(i)}
            onDismiss={assistant.dismiss}
            onAutoSend={(enabled) => void assistant.setAutoSend(enabled)}
            onConfirmAutoSend={(confirmed) => void assistant.confirmAutoSend(confirmed)}
            onTeach={teaching.open}
          />,
        );
        return root;
      },
      onRemove(root?: Root) {
        root?.unmount();
      },
    });
    ui.mount();
    assistant.start();
    ctx.onInvalidated(assistant.stop);
    ctx.onInvalidated(teaching.close);
  },
});
