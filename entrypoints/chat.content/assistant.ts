import {
  SuggestionsResponseSchema,
  TabRequestSchema,
  type ConversationContext,
  type CurrentConversation,
  type Request,
} from '../../lib/messages/protocol';
import { receive } from '../../lib/messages/receive';
import { sentOutcome } from '../../lib/suggestions/outcome';
import { composerText, insertIntoComposer } from './composer';
import type { OverlayStore, PendingSuggestions } from './overlay-store';
import type { ChatPage } from './page';
import { watchChat } from './watcher';

async function send(request: Request): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** The content script's controller: page events in, suggestions out, agent actions back. */
export function createAssistant(page: ChatPage, store: OverlayStore) {
  let watcher: ReturnType<typeof watchChat> | undefined;

  function refreshStatus() {
    store.set({ onChatPage: true, missingRoles: page.missingRoles() });
  }

  async function onBuyerMessage(context: ConversationContext, messageKey: string, text: string) {
    let raw: unknown;
    try {
      raw = await send({ type: 'buyer-message', context, messageKey, text });
    } catch (e) {
      console.warn('ShopReply: no answer from the extension', e);
      return;
    }
    const parsed = SuggestionsResponseSchema.safeParse(raw);
    if (!parsed.success) {
      console.warn('ShopReply: unexpected answer', raw);
      return;
    }
    const response = parsed.data;
    // The agent may have switched chats meanwhile: suggestions stay with their own conversation.
    store.putPending({
      conversationId: response.conversationId,
      messageKey: response.messageKey,
      buyerText: text,
      suggestions: response.suggestions,
    });
  }

  function reportSent(pending: PendingSuggestions, sentText: string) {
    const outcome = sentOutcome(pending, sentText);
    if (!outcome) return;
    void send({
      type: 'outcome',
      conversationId: pending.conversationId,
      messageKey: pending.messageKey,
      outcome: outcome.outcome,
      ruleId: outcome.ruleId,
      packId: outcome.packId,
      buyerText: pending.buyerText,
      sentText,
    }).catch(() => undefined);
  }

  function onSellerMessage(conversationId: string, text: string) {
    const pending = store.get().pending.get(conversationId);
    if (!pending) return;
    reportSent(pending, text);
    store.clearPending(conversationId);
  }

  async function insert(text: string, inserted: PendingSuggestions['inserted']) {
    const composer = page.composer();
    if (!composer) return false;
    await insertIntoComposer(composer, text);
    const pending = store.current();
    if (pending && inserted) store.putPending({ ...pending, inserted });
    return true;
  }

  async function accept(index: number) {
    const pending = store.current();
    const suggestion = pending?.suggestions[index];
    if (!pending || !suggestion || store.get().dismissed) return;
    await insert(suggestion.text, { index, text: suggestion.text });
  }

  function dismiss() {
    const pending = store.current();
    if (!pending) return;
    store.set({ dismissed: true });
    void send({
      type: 'outcome',
      conversationId: pending.conversationId,
      messageKey: pending.messageKey,
      outcome: 'dismissed',
    }).catch(() => undefined);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const digit = /^Digit([0-3])$/.exec(e.code)?.[1];
    if (digit === undefined || !store.current()) return;
    e.preventDefault();
    e.stopPropagation();
    if (digit === '0') dismiss();
    else void accept(Number(digit) - 1);
  }

  function current(): CurrentConversation {
    const state = store.get();
    const pending = store.current();
    return {
      conversationId: state.conversationId,
      buyerName: state.buyerName,
      lastBuyerMessage: pending?.buyerText,
      messageKey: pending?.messageKey,
      suggestions: state.dismissed ? [] : (pending?.suggestions ?? []),
      profileOk: state.missingRoles.length === 0,
    };
  }

  const onTabMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    const received = receive(TabRequestSchema, raw, sender, browser.runtime.id);
    if (!received.ok) return;
    const request = received.message;
    if (request.type === 'get-current') {
      sendResponse(current());
      return;
    }
    const pending = store.current();
    const index = pending?.suggestions.findIndex((s) => s.ruleId === request.ruleId && s.packId === request.packId) ?? -1;
    const override = request.override && request.ruleId && request.packId ? { ruleId: request.ruleId, packId: request.packId } : undefined;
    void insert(request.text, { index, text: request.text, override }).then((ok) => sendResponse({ ok }));
    return true;
  };

  return {
    start() {
      refreshStatus();
      watcher = watchChat(page, {
        onConversation(context) {
          store.set({ conversationId: context?.conversationId ?? null, buyerName: context?.buyerName, dismissed: false });
          refreshStatus();
        },
        onBuyerMessage: (context, key, text) => void onBuyerMessage(context, key, text),
        onSellerMessage,
      });
      // The chat app renders after the page loads: look again once it has had time to.
      setTimeout(refreshStatus, 2000);
      document.addEventListener('keydown', onKeyDown, true);
      browser.runtime.onMessage.addListener(onTabMessage);
    },
    stop() {
      watcher?.stop();
      document.removeEventListener('keydown', onKeyDown, true);
      browser.runtime.onMessage.removeListener(onTabMessage);
    },
    accept,
    dismiss,
    composerText: () => {
      const c = page.composer();
      return c ? composerText(c) : '';
    },
  };
}
