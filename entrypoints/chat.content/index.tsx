import { createRoot, type Root } from 'react-dom/client';
import { DEMO_MATCHES, SELLER_CHAT_MATCHES } from '../../lib/sites/hosts';
import { profileForUrl } from '../../lib/sites';
import { Overlay } from './Overlay';
import { createOverlayStore } from './overlay-store';
import { createChatPage } from './page';
import { createAssistant } from './assistant';
import './overlay.css';

export default defineContentScript({
  matches: [...SELLER_CHAT_MATCHES, ...DEMO_MATCHES],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const profile = profileForUrl(location.href);
    if (!profile) return;
    const page = createChatPage(document, profile);
    const store = createOverlayStore();
    const assistant = createAssistant(page, store);

    const ui = await createShadowRootUi(ctx, {
      name: 'shopreply-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <Overlay
            store={store}
            anchorRect={page.composerRect}
            onAccept={(i) => void assistant.accept(i)}
            onDismiss={assistant.dismiss}
            onAutoSend={(enabled) => void assistant.setAutoSend(enabled)}
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
  },
});
