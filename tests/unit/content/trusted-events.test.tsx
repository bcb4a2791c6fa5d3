// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Overlay } from '../../../entrypoints/chat.content/Overlay';
import { createOverlayStore } from '../../../entrypoints/chat.content/overlay-store';
import { acceptOnlyTrustedEvents } from '../../../entrypoints/chat.content/trusted';
import type { ShownSuggestion } from '../../../lib/messages/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const suggestion: ShownSuggestion = {
  ruleId: 'order-tracking', packId: 'shop', kind: 'faq', text: 'Your order is on its way.', score: 0.9,
  language: 'en', reason: 'keywords: order', missing: [], violations: [],
};

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((c) => c());
  cleanup = [];
  document.body.innerHTML = '';
});

/** The overlay as the content script mounts it: React inside a shadow root on the chat page. */
function mountOverlay(guard: boolean) {
  const host = document.createElement('shopreply-overlay');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  if (guard) cleanup.push(acceptOnlyTrustedEvents(shadow));
  const store = createOverlayStore();
  store.set({ onChatPage: true, conversationId: 'c1' });
  store.putPending({ conversationId: 'c1', messageKey: 'k1', buyerText: 'where is my order', suggestions: [suggestion] });
  const handlers = { onAccept: vi.fn(), onDismiss: vi.fn(), onAutoSend: vi.fn(), onConfirmAutoSend: vi.fn() };
  const docking = { place: () => ({ mode: 'corner' as const, left: 0, top: 0, width: 300, maxHeight: 400, reserve: 0 as const }), release: () => undefined };
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(<Overlay store={store} docking={docking} {...handlers} />);
  });
  cleanup.push(() => act(() => root.unmount()));
  const find = (selector: string) => shadow.querySelector<HTMLElement>(selector)!;
  return { handlers, find };
}

/** What a script on the page can do: synthetic clicks (`isTrusted` false) on the overlay's controls. */
function pageScriptClicks(find: (selector: string) => HTMLElement) {
  act(() => {
    find('.sr-accept').click();
    find('[data-testid="shopreply.autosend"]').click();
    find('[data-testid="shopreply.dismiss"]').click();
  });
}

describe('the overlay acts on the agent’s own clicks only', () => {
  it('a page script’s clicks on accept, the auto-send switch and dismiss do nothing', () => {
    const { handlers, find } = mountOverlay(true);
    pageScriptClicks(find);
    expect(handlers.onAccept).not.toHaveBeenCalled();
    expect(handlers.onAutoSend).not.toHaveBeenCalled();
    expect(handlers.onDismiss).not.toHaveBeenCalled();
    expect((find('[data-testid="shopreply.autosend"]') as HTMLInputElement).checked).toBe(false);
  });

  it('without the guard the same clicks would act (so the test above can fail)', () => {
    const { handlers, find } = mountOverlay(false);
    pageScriptClicks(find);
    expect(handlers.onAccept).toHaveBeenCalledWith(0);
    expect(handlers.onAutoSend).toHaveBeenCalledWith(true);
    expect(handlers.onDismiss).toHaveBeenCalled();
  });
});
