import { foldText, sameText } from '../text/fold';

/**
 * What the content script checks on the page before it claims an automatic send, and again right
 * before the click. The decision was made for one buyer message in one conversation: anything the
 * agent, the buyer or the shop did since then cancels it.
 */

/** The buyer message the decision was made for. */
export interface SendTarget {
  conversationId: string;
  buyerName: string | undefined;
  /** Key of the buyer message (lib/sites/message messageKey), which includes the conversation id. */
  messageKey: string;
}

/** The page at the moment of the check. */
export interface SendPageFacts {
  /** The conversation on screen (undefined when none is open). */
  onScreenConversationId: string | undefined;
  onScreenBuyerName: string | undefined;
  /** Key of the last message card of the conversation on screen (undefined when there is none). */
  lastMessageKey: string | undefined;
  /** undefined when the page has no composer. */
  composerText: string | undefined;
  /** Trusted key presses, input, paste or drop in the composer since the decision. */
  agentActed: boolean;
}

export type SendCheckCode =
  | 'wrong-conversation'
  | 'other-buyer'
  | 'newer-message'
  | 'no-composer'
  | 'composer-not-empty'
  | 'composer-changed'
  | 'agent-typing';

export type SendCheck = { ok: true } | { ok: false; blockedBy: SendCheckCode };

/**
 * `composer` says what the composer must hold: '' before the claim (nothing typed), the reply's
 * text right before the click (exactly ours, with no key of the agent's merged in).
 */
export function checkSendPage(target: SendTarget, page: SendPageFacts, composer: { expect: 'empty' } | { expect: 'text'; text: string }): SendCheck {
  const fail = (blockedBy: SendCheckCode): SendCheck => ({ ok: false, blockedBy });
  if (page.onScreenConversationId !== target.conversationId) return fail('wrong-conversation');
  if ((page.onScreenBuyerName ?? '') !== (target.buyerName ?? '')) return fail('other-buyer');
  // A newer message of either side (the agent answered, the buyer wrote again) takes precedence.
  if (page.lastMessageKey !== target.messageKey) return fail('newer-message');
  if (page.agentActed) return fail('agent-typing');
  if (page.composerText === undefined) return fail('no-composer');
  if (composer.expect === 'empty') return foldText(page.composerText) ? fail('composer-not-empty') : { ok: true };
  return sameText(page.composerText, composer.text) ? { ok: true } : fail('composer-changed');
}
