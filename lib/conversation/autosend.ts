import type { ShopSettings } from '../settings/schema';
import { foldText, sameText } from '../text/fold';
import type { CandidateReply } from './candidate';
import { conversationShare, grayLaunchArm } from './gray';
import type { SessionState } from './session';

/** What is true at the moment of sending. */
export interface AutoSendContext {
  settings: Pick<ShopSettings, 'globalAutoSendPaused' | 'autoSendConfidence' | 'maxAutoRepliesPerSession' | 'grayLaunchShare'>;
  session: SessionState;
  /** The conversation the buyer message came from. */
  conversationId: string;
  /** The top candidate of the decision (the only one that may be auto-sent). */
  candidate: CandidateReply | undefined;
  /** Text in the composer now; anything but whitespace means the agent is typing. */
  composerText: string;
  /** The conversation on screen now (undefined when none is open). */
  onScreenConversationId: string | undefined;
}

export type AutoSendDecision =
  | { send: true }
  | { send: false; blockedBy: GuardName; detail: string };

export type GuardName =
  | 'global-pause'
  | 'conversation-auto-send-off'
  | 'taken-over'
  | 'no-candidate'
  | 'confidence'
  | 'missing-variables'
  | 'compliance'
  | 'repeated-question'
  | 'already-sent'
  | 'session-limit'
  | 'composer-not-empty'
  | 'wrong-conversation'
  | 'gray-launch';

interface Guard<C = AutoSendContext> {
  name: GuardName;
  /** A reason to hold back, or undefined to pass. */
  blocks(ctx: C): string | undefined;
}

/** What the chat page shows at the moment of sending. */
export type PageFacts = Pick<AutoSendContext, 'composerText' | 'onScreenConversationId' | 'conversationId'>;

/** Guards on what the page shows right now: checked by the content script just before it sends. */
export const PAGE_GUARDS: readonly Guard<PageFacts>[] = [
  { name: 'composer-not-empty', blocks: (c) => (c.composerText.trim() ? 'the agent is typing in the composer' : undefined) },
  {
    name: 'wrong-conversation',
    blocks: (c) =>
      c.onScreenConversationId === c.conversationId
        ? undefined
        : `the conversation on screen (${c.onScreenConversationId ?? 'none'}) is not the buyer's (${c.conversationId})`,
  },
];

/** Guards that only look at the candidate and the session (usable when the decision is made). */
export const CONTENT_GUARDS: readonly Guard[] = [
  { name: 'no-candidate', blocks: (c) => (c.candidate ? undefined : 'there is no suggestion to send') },
  {
    name: 'confidence',
    blocks: ({ candidate: k, settings }) =>
      k!.score >= settings.autoSendConfidence
        ? undefined
        : `score ${k!.score.toFixed(2)} is below the auto-send confidence ${settings.autoSendConfidence}`,
  },
  {
    name: 'missing-variables',
    blocks: ({ candidate: k }) => (k!.missing.length ? `no value for ${k!.missing.map((m) => `{${m}}`).join(', ')}` : undefined),
  },
  {
    name: 'compliance',
    blocks: ({ candidate: k }) =>
      k!.compliance.ok ? undefined : `breaks ${k!.compliance.violations.map((v) => `"${v.rule}"`).join(', ')}`,
  },
  {
    name: 'repeated-question',
    blocks: ({ candidate: k }) => (k!.repeated ? 'the buyer asked this again after it was answered; an agent should look' : undefined),
  },
  {
    name: 'already-sent',
    blocks: ({ candidate: k, session }) =>
      session.sentReplies.some((r) => sameText(r.text, k!.text)) ? 'this reply was already sent in this session' : undefined,
  },
  {
    name: 'session-limit',
    blocks: ({ session, settings }) =>
      session.autoRepliesCount >= settings.maxAutoRepliesPerSession
        ? `${session.autoRepliesCount} automatic replies already in this session (limit ${settings.maxAutoRepliesPerSession})`
        : undefined,
  },
];

/** Every guard in the order it is evaluated; the first that blocks names the decision. */
export const GUARDS: readonly Guard[] = [
  { name: 'global-pause', blocks: (c) => (c.settings.globalAutoSendPaused ? 'auto-send is paused for the whole shop' : undefined) },
  { name: 'conversation-auto-send-off', blocks: (c) => (c.session.autoSendEnabled ? undefined : 'auto-send is off in this conversation') },
  { name: 'taken-over', blocks: (c) => (c.session.takenOver ? 'an agent took this conversation over' : undefined) },
  ...CONTENT_GUARDS,
  ...PAGE_GUARDS,
  {
    name: 'gray-launch',
    blocks: ({ conversationId, settings }) =>
      grayLaunchArm(conversationId, settings.grayLaunchShare) === 'in'
        ? undefined
        : `conversation falls at ${conversationShare(conversationId).toFixed(3)}, outside the gray-launch share ${settings.grayLaunchShare}`,
  },
];

function run<C>(guards: readonly Guard<C>[], ctx: C): AutoSendDecision {
  for (const g of guards) {
    const detail = g.blocks(ctx);
    if (detail !== undefined) return { send: false, blockedBy: g.name, detail };
  }
  return { send: true };
}

/** Decides at the moment of sending; evaluate again right before the send, never on stale facts. */
export const evaluateAutoSend = (ctx: AutoSendContext): AutoSendDecision => run(GUARDS, ctx);

/** The candidate-only part, for `CandidateReply.autoSendEligible`. */
export const evaluateContentGuards = (ctx: AutoSendContext): AutoSendDecision => run(CONTENT_GUARDS, ctx);

/** The page part, again at the moment of sending: the agent may have typed or switched chats meanwhile. */
export const evaluatePageGuards = (facts: PageFacts): AutoSendDecision => run(PAGE_GUARDS, facts);

/** What the content script saw of the chat. */
export interface ChatSnapshot {
  composerText: string;
  /** Texts of the shop's own message bubbles visible in the conversation. */
  ownBubbles: string[];
}

export type DeliveryResult =
  | { status: 'confirmed' }
  | { status: 'unconfirmed'; reason: string; retry: false };

/**
 * Delivery is confirmed when the composer was cleared and one more of the shop's bubbles with the
 * sent text is shown than before. Otherwise it is "unconfirmed" and never retried: a second
 * attempt could send the buyer the same message twice.
 */
export function confirmDelivery(sentText: string, before: ChatSnapshot, after: ChatSnapshot): DeliveryResult {
  const text = foldText(sentText);
  const count = (s: ChatSnapshot) => s.ownBubbles.filter((b) => foldText(b) === text).length;
  if (after.composerText.trim()) return { status: 'unconfirmed', reason: 'the composer still holds text', retry: false };
  if (count(after) <= count(before)) return { status: 'unconfirmed', reason: 'no new bubble of ours with that text appeared', retry: false };
  return { status: 'confirmed' };
}
