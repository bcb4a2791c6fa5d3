import {
  ClaimResponseSchema,
  ConversationStateSchema,
  SuggestionsResponseSchema,
  type ConversationContext,
  type CurrentConversation,
  type Request,
} from '../../lib/messages/protocol';
import { receiveTabRequest, selfOf, type MessageSender } from '../../lib/messages/receive';
import { createAsk } from '../../lib/messages/ask';
import { sentOutcome } from '../../lib/suggestions/outcome';
import { insertIntoComposer } from './composer';
import type { OverlayStore, PendingSuggestions } from './overlay-store';
import type { ChatPage } from './page';
import { watchChat, type BuyerMessageOrigin } from './watcher';
import { autoSend, type AutoSendJob, type AutoSendOutcome } from './auto-send';
import { createAgentActivity } from './agent-activity';
import { resolveUiLanguage } from '../../lib/i18n/page';
import type { AutoNote } from './overlay-store';

const ask = createAsk((message) => browser.runtime.sendMessage(message));

/** The worker's reply, parsed by the type's response schema: an `{error}` or malformed reply throws. */
async function send(request: Request): Promise<unknown> {
  return ask(request);
}

/** The content script's controller: page events in, suggestions out, agent actions back. */
export function createAssistant(page: ChatPage, store: OverlayStore) {
  let watcher: ReturnType<typeof watchChat> | undefined;
  /** Texts we are sending automatically: their bubbles are not the agent's replies. */
  const autoSending = new Set<string>();
  const activity = createAgentActivity(page);
  /**
   * The latest question asked per conversation: an answer that comes back after a newer buyer
   * message, or after the shop's reply, is stale (the answer for the message found on opening can
   * be slower than the one for the message that arrives right after).
   */
  const asked = new Map<string, number>();
  const nextAsk = (conversationId: string) => {
    const n = (asked.get(conversationId) ?? 0) + 1;
    asked.set(conversationId, n);
    return n;
  };

  async function loadConversationState(conversationId: string) {
    const parsed = ConversationStateSchema.safeParse(await send({ type: 'conversation-state', conversationId }).catch(() => null));
    if (parsed.success && store.get().conversationId === conversationId) {
      store.set({
        autoSend: parsed.data.autoSend,
        takenOver: parsed.data.takenOver,
        globalPaused: parsed.data.globalPaused,
        autoSendConfirmed: parsed.data.autoSendConfirmed ?? false,
        ui: resolveUiLanguage(navigator.language, parsed.data.interfaceLanguage),
      });
    }
  }

  /** The agent's switch. The first "on" in a conversation waits for the confirmation. */
  async function setAutoSend(enabled: boolean) {
    const state = store.get();
    const conversationId = state.conversationId;
    if (!conversationId) return;
    if (enabled && !state.autoSendConfirmed) {
      store.set({ confirming: true });
      return;
    }
    // A note about an earlier automatic reply no longer applies once the switch changes.
    store.set({ autoSend: enabled, takenOver: false, confirming: false, autoNote: undefined });
    await send({ type: 'set-auto-send', conversationId, enabled }).catch(() => undefined);
    await loadConversationState(conversationId);
  }

  /** The agent typing in a conversation with auto-send on takes it over. */
  function onInput(e: Event) {
    const state = store.get();
    if (!e.isTrusted || activity.inserting() || !state.conversationId || !state.autoSend || state.takenOver) return;
    const composer = page.composer();
    if (!composer || !(e.target instanceof Node) || !composer.contains(e.target)) return;
    store.set({ takenOver: true, autoNote: { kind: 'taken-over' } });
    void send({ type: 'taken-over', conversationId: state.conversationId }).catch(() => undefined);
  }

  function refreshStatus() {
    store.set({ onChatPage: true, missingRoles: page.missingRoles() });
  }

  async function onBuyerMessage(context: ConversationContext, messageKey: string, text: string, origin: BuyerMessageOrigin) {
    const since = activity.count();
    // The page as it is now decides whether suggestions may show (a role may have come or gone).
    refreshStatus();
    const ask = nextAsk(context.conversationId);
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
    if (asked.get(context.conversationId) !== ask) return;
    // The agent may have switched chats meanwhile: suggestions stay with their own conversation.
    // The same message asked again (the chat opened anew) keeps what the agent already inserted.
    const before = store.get().pending.get(response.conversationId);
    const same = before?.messageKey === response.messageKey ? before : undefined;
    store.putPending({
      ...same,
      conversationId: response.conversationId,
      messageKey: response.messageKey,
      buyerText: text,
      suggestions: response.suggestions,
    });
    const eligibility = response.autoSend;
    const top = response.suggestions[0];
    const onScreen = () => store.get().conversationId === response.conversationId;
    // A new buyer message: what was said about the last one no longer applies.
    if (onScreen() && !same && store.get().autoNote?.kind !== 'taken-over') store.set({ autoNote: undefined });
    // A message that was already there when the chat was opened gets suggestions only: the agent
    // looks at it now, it may be old, and the buyer may have been answered elsewhere meanwhile.
    if (origin !== 'arrived') return;
    if (eligibility && !eligibility.eligible && store.get().autoSend && !store.get().takenOver && onScreen()) {
      store.set({ autoNote: { kind: 'held', blockedBy: eligibility.blockedBy ?? '', values: eligibility.values } });
    }
    if (!eligibility?.eligible || !top) return;
    const job: AutoSendJob = { conversationId: response.conversationId, messageKey: response.messageKey, buyerName: context.buyerName, reply: top };
    const outcome = await autoSend(job, {
      page,
      activity,
      claim: async (j) => {
        const raw = await send({ type: 'claim-auto-send', conversationId: j.conversationId, messageKey: j.messageKey, ruleId: j.reply.ruleId, packId: j.reply.packId, text: j.reply.text }).catch(() => undefined);
        const parsed = ClaimResponseSchema.safeParse(raw);
        return parsed.success ? parsed.data : undefined;
      },
      report: (result) => void send(result).catch(() => undefined),
      expectOwnBubble: (t) => autoSending.add(t),
      since,
    });
    if (outcome.status !== 'sent') autoSending.delete(top.text);
    if (outcome.status === 'sent') store.clearPending(response.conversationId);
    if (onScreen()) store.set({ autoNote: noteOf(outcome, top.title ?? top.ruleId) });
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
    nextAsk(conversationId);
    if (autoSending.delete(text)) return;
    void send({ type: 'seller-message', conversationId, text }).catch(() => undefined);
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
    // The page's own scripts can dispatch key events too: only the agent's keys act.
    if (!e.isTrusted || !e.altKey || e.ctrlKey || e.metaKey) return;
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
      context: watcher?.current() ?? null,
      buyerName: state.buyerName,
      lastBuyerMessage: pending?.buyerText,
      messageKey: pending?.messageKey,
      suggestions: state.dismissed ? [] : (pending?.suggestions ?? []),
      profileOk: state.missingRoles.length === 0,
    };
  }

  const onTabMessage = (raw: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => {
    // Parsed, and only from our popup: never from the page or another extension.
    const received = receiveTabRequest(raw, sender, selfOf(browser.runtime.id, browser.runtime.getURL('/')));
    if (!received.ok) return void sendResponse({ error: received.error, code: received.code });
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
          const changed = context?.conversationId !== store.get().conversationId;
          store.set({ conversationId: context?.conversationId ?? null, buyerName: context?.buyerName });
          if (changed) {
            store.set({ dismissed: false, autoSend: false, takenOver: false, autoNote: undefined, confirming: false, autoSendConfirmed: false });
            if (context) void loadConversationState(context.conversationId);
          }
          refreshStatus();
        },
        onBuyerMessage: (context, key, text, origin) => void onBuyerMessage(context, key, text, origin),
        onSellerMessage,
      });
      // The chat app renders after the page loads: look again once it has had time to.
      setTimeout(refreshStatus, 2000);
      document.addEventListener('keydown', onKeyDown, true);
      document.addEventListener('input', onInput, true);
      activity.start();
      browser.runtime.onMessage.addListener(onTabMessage);
    },
    stop() {
      watcher?.stop();
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('input', onInput, true);
      activity.stop();
      browser.runtime.onMessage.removeListener(onTabMessage);
    },
    accept,
    dismiss,
    setAutoSend,
    async confirmAutoSend(confirmed: boolean) {
      store.set({ confirming: false });
      if (!confirmed) return;
      store.set({ autoSendConfirmed: true });
      await setAutoSend(true);
    },
  };
}

/** What the agent reads about the last automatic reply in the open chat (worded by the overlay). */
function noteOf(outcome: AutoSendOutcome, rule: string): AutoNote {
  switch (outcome.status) {
    case 'sent':
      return { kind: 'sent', rule };
    case 'unconfirmed':
      return { kind: 'unconfirmed', reason: outcome.reason };
    case 'held':
      return { kind: 'held', blockedBy: outcome.blockedBy };
    case 'no-answer':
      return { kind: 'no-answer' };
  }
}
