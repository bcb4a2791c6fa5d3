import { confirmDelivery, evaluatePageGuards, type ChatSnapshot } from '../../lib/conversation/autosend';
import type { Request, SuggestionsResponse } from '../../lib/messages/protocol';
import { composerText, insertIntoComposer } from './composer';
import type { ChatPage } from './page';

const CONFIRM_TIMEOUT_MS = 4000;
/** A pause before an automatic reply, as a person would take; the agent may act meanwhile. */
const AUTO_SEND_DELAY_MS = 1500;
const POLL_MS = 100;

function snapshot(page: ChatPage): ChatSnapshot {
  const composer = page.composer();
  return {
    composerText: composer ? composerText(composer) : '',
    ownBubbles: page.messageCards().flatMap((card) => {
      const m = page.readCard(card);
      return m.author === 'seller' ? [m.text] : [];
    }),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends the top suggestion when the worker allowed it and the page still agrees at this moment:
 * the composer is empty and the buyer's conversation is the one on screen. Delivery is confirmed
 * by the composer clearing and our bubble appearing; an unconfirmed reply is never retried.
 */
export async function autoSend(
  page: ChatPage,
  response: SuggestionsResponse,
  onScreenConversationId: () => string | undefined,
  report: (request: Extract<Request, { type: 'auto-send-result' }>) => void,
  expectOwnBubble: (text: string) => void,
): Promise<void> {
  const top = response.suggestions[0];
  if (!top) return;
  await sleep(AUTO_SEND_DELAY_MS);
  const base = { type: 'auto-send-result' as const, conversationId: response.conversationId, messageKey: response.messageKey, ruleId: top.ruleId, packId: top.packId, text: top.text };
  const composer = page.composer();
  const facts = { conversationId: response.conversationId, onScreenConversationId: onScreenConversationId(), composerText: composer ? composerText(composer) : '' };
  const guard = evaluatePageGuards(facts);
  if (!guard.send || !composer) {
    report({ ...base, result: 'blocked', guard: guard.send ? 'no-composer' : guard.blockedBy, detail: guard.send ? 'no composer on the page' : guard.detail });
    return;
  }
  const before = snapshot(page);
  expectOwnBubble(top.text);
  await insertIntoComposer(composer, top.text);
  // The page's send button follows its own React state: wait until it takes the text.
  for (let waited = 0; waited < 1000 && page.sendButton()?.hasAttribute('disabled'); waited += 50) await sleep(50);
  // Last look before the click: a switch during the insert must never send to the wrong buyer.
  if (onScreenConversationId() !== response.conversationId) {
    await insertIntoComposer(composer, '');
    report({ ...base, result: 'blocked', guard: 'wrong-conversation', detail: 'the agent switched chats while the reply was being sent' });
    return;
  }
  page.sendButton()?.click();
  let result = confirmDelivery(top.text, before, snapshot(page));
  for (let waited = 0; result.status !== 'confirmed' && waited < CONFIRM_TIMEOUT_MS; waited += POLL_MS) {
    await sleep(POLL_MS);
    result = confirmDelivery(top.text, before, snapshot(page));
  }
  report(result.status === 'confirmed' ? { ...base, result: 'sent' } : { ...base, result: 'unconfirmed', detail: result.reason });
}
