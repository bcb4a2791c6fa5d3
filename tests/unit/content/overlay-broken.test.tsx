// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Overlay } from '../../../entrypoints/chat.content/Overlay';
import { createOverlayStore } from '../../../entrypoints/chat.content/overlay-store';
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

/** The overlay with suggestions for the open conversation, on a page missing `missingRoles`. */
function mount(missingRoles: string[]) {
  const container = document.createElement('div');
  document.body.append(container);
  const store = createOverlayStore();
  store.set({ onChatPage: true, conversationId: 'c1', missingRoles });
  store.putPending({ conversationId: 'c1', messageKey: 'k1', buyerText: 'where is my order', suggestions: [suggestion] });
  const noop = () => undefined;
  const docking = { place: () => ({ mode: 'corner' as const, left: 0, top: 0, width: 300, maxHeight: 400, reserve: 0 as const }), release: noop };
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(<Overlay store={store} docking={docking} onAccept={noop} onDismiss={noop} onAutoSend={noop} onConfirmAutoSend={noop} />);
  });
  cleanup.push(() => act(() => root.unmount()));
  return { container, store };
}

describe('the overlay on a page it cannot fully read', () => {
  it('suggests nothing while a required role is missing, as its red badge says', () => {
    const { container } = mount(['composer']);
    expect(container.querySelector('[data-testid="shopreply.status"]')!.textContent).toContain("Can't read this chat page");
    expect(container.querySelectorAll('[data-testid="shopreply.suggestion"]')).toHaveLength(0);
  });

  it('shows the same suggestions once every role is found again', () => {
    const { container, store } = mount(['composer']);
    act(() => store.set({ missingRoles: [] }));
    expect(container.querySelector('[data-testid="shopreply.status"]')!.textContent).toBe('Reading chat');
    expect(container.querySelectorAll('[data-testid="shopreply.suggestion"]')).toHaveLength(1);
  });
});
