import { createRoot } from 'react-dom/client';
import { createTeaching } from '../chat.content/teach/teaching';
import { TeachRoot } from '../chat.content/teach/TeachPanel';
import { TEACH_GLOBAL, type TeachModule } from '../chat.content/teach/module';

/**
 * The teaching UI's chunk (entrypoints/chat.content/teach/module.ts says why it is one), injected
 * by the worker into the chat tab's isolated world on "Teach this page".
 */
export default defineUnlistedScript(() => {
  const module: TeachModule = {
    mount(container, { store, host }) {
      const teaching = createTeaching(document, window);
      teaching.setHost(host);
      const root = createRoot(container);
      root.render(<TeachRoot teaching={teaching} store={store} />);
      return {
        open: teaching.open,
        close: teaching.close,
        unmount() {
          root.unmount();
          container.remove();
        },
      };
    },
  };
  (globalThis as { [TEACH_GLOBAL]?: TeachModule })[TEACH_GLOBAL] = module;
});
