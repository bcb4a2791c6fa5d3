import type { ShopSettings } from '../settings/schema';
import { foldText, sameText } from '../text/fold';
import type { CandidateReply } from './candidate';
import { conversationShare, grayLaunchArm } from './gray';
import type { SessionState } from './session';
import { parseConversationId } from '../sites/conversation';

/** What the worker knows when it decides whether a buyer message is eligible for auto-send. */
export interface AutoSendContext {
  settings: Pick<ShopSettings, 'globalAutoSendPaused' | 'autoSendConfidence' | 'maxAutoRepliesPerSession' | 'grayLaunchShare' | 'nameOnlyAutoSendSites'>;
  session: SessionState;
  /** The conversation the buyer message came from. */
  conversationId: string;
  /** The top candidate of the decision (the only one that may be auto-sent). */
  candidate: CandidateReply | undefined;
}

/** Values a guard reports with its code, for the interface to phrase in the person's language. */
export type GuardValues = Record<string, string | number>;

export type AutoSendDecision =
  | { allowed: true }
  | { allowed: false; blockedBy: GuardName; values: GuardValues };

export type GuardName =
  | 'global-pause'
  | 'conversation-auto-send-off'
  | 'taken-over'
  | 'name-only-id'
  | 'no-candidate'
  | 'confidence'
  | 'missing-variables'
  | 'compliance'
  | 'repeated-question'
  | 'already-sent'
  | 'session-limit'
  | 'gray-launch';

export interface Guard<C = AutoSendContext, N extends string = GuardName> {
  name: N;
  /** Values saying why it holds back, or undefined to pass. */
  blocks(ctx: C): GuardValues | undefined;
}

/** The conversation's switches: read again, in the same transaction, when a send is claimed. */
export interface SwitchFacts {
  settings: Pick<ShopSettings, 'globalAutoSendPaused' | 'grayLaunchShare' | 'nameOnlyAutoSendSites'>;
  session: SessionState;
  conversationId: string;
}
export const SWITCH_GUARDS: readonly Guard<SwitchFacts>[] = [
  { name: 'global-pause', blocks: (c) => (c.settings.globalAutoSendPaused ? {} : undefined) },
  { name: 'conversation-auto-send-off', blocks: (c) => (c.session.autoSendEnabled ? undefined : {}) },
  { name: 'taken-over', blocks: (c) => (c.session.takenOver ? {} : undefined) },
  {
    // Two buyers with the same name share a name-only id: a reply for one could reach the other.
    name: 'name-only-id',
    blocks: ({ conversationId, settings }) => {
      const id = parseConversationId(conversationId);
      if (id?.kind === 'id') return undefined;
      const site = id?.site ?? '';
      return site && settings.nameOnlyAutoSendSites.includes(site) ? undefined : { site };
    },
  },
];

/** The reply was sent in this session already (by anyone): never twice. */
export const sentBefore = (session: SessionState, text: string) => session.sentReplies.some((r) => sameText(r.text, text));

/** The session's automatic replies, against the shop's limit. */
export const limitReached = (session: SessionState, settings: Pick<ShopSettings, 'maxAutoRepliesPerSession'>) =>
  session.autoRepliesCount >= settings.maxAutoRepliesPerSession;

/** Guards that only look at the candidate and the session (usable when the decision is made). */
export const CONTENT_GUARDS: readonly Guard[] = [
  { name: 'no-candidate', blocks: (c) => (c.candidate ? undefined : {}) },
  {
    name: 'confidence',
    blocks: ({ candidate: k, settings }) => (k!.score >= settings.autoSendConfidence ? undefined : { score: k!.score, threshold: settings.autoSendConfidence }),
  },
  {
    name: 'missing-variables',
    blocks: ({ candidate: k }) => (k!.missing.length ? { variables: k!.missing.join(', ') } : undefined),
  },
  {
    name: 'compliance',
    blocks: ({ candidate: k }) => (k!.compliance.ok ? undefined : { rules: k!.compliance.violations.map((v) => v.rule).join(', ') }),
  },
  { name: 'repeated-question', blocks: ({ candidate: k }) => (k!.repeated ? {} : undefined) },
  { name: 'already-sent', blocks: ({ candidate: k, session }) => (sentBefore(session, k!.text) ? {} : undefined) },
  {
    name: 'session-limit',
    blocks: ({ session, settings }) =>
      limitReached(session, settings) ? { count: session.autoRepliesCount, limit: settings.maxAutoRepliesPerSession } : undefined,
  },
];

export const GRAY_LAUNCH_GUARD: Guard<SwitchFacts> = {
  name: 'gray-launch',
  blocks: ({ conversationId, settings }) =>
    grayLaunchArm(conversationId, settings.grayLaunchShare) === 'in'
      ? undefined
      : { position: Number(conversationShare(conversationId).toFixed(3)), share: settings.grayLaunchShare },
};

/** Every guard of eligibility in the order it is evaluated; the first that blocks names the decision. */
export const GUARDS: readonly Guard[] = [...SWITCH_GUARDS, ...CONTENT_GUARDS, GRAY_LAUNCH_GUARD];

export function runGuards<C, N extends string>(guards: readonly Guard<C, N>[], ctx: C): { allowed: true } | { allowed: false; blockedBy: N; values: GuardValues } {
  for (const g of guards) {
    const values = g.blocks(ctx);
    if (values !== undefined) return { allowed: false, blockedBy: g.name, values };
  }
  return { allowed: true };
}

/**
 * Whether a buyer message is eligible for auto-send when the worker answers it. Eligible is not
 * "send": the content script claims the send later (see claim.ts), and the claim checks again.
 */
export const evaluateAutoSend = (ctx: AutoSendContext): AutoSendDecision => runGuards(GUARDS, ctx);

/** The candidate-only part, for `CandidateReply.autoSendEligible`. */
export const evaluateContentGuards = (ctx: AutoSendContext): AutoSendDecision => runGuards(CONTENT_GUARDS, ctx);

/** Values as compact `name=value` text, for event logs (not for people). */
export const formatGuardValues = (values: GuardValues): string =>
  Object.entries(values).map(([k, v]) => `${k}=${v}`).join(' ');

/** What the content script saw of the chat. */
export interface ChatSnapshot {
  composerText: string;
  /** Texts of the shop's own message bubbles visible in the conversation. */
  ownBubbles: string[];
}

export type DeliveryResult =
  | { status: 'confirmed' }
  | { status: 'unconfirmed'; reason: 'composer-not-cleared' | 'no-new-bubble'; retry: false };

/**
 * Delivery is confirmed when the composer was cleared and one more of the shop's bubbles with the
 * sent text is shown than before. Otherwise it is "unconfirmed" and never retried: a second
 * attempt could send the buyer the same message twice.
 */
export function confirmDelivery(sentText: string, before: ChatSnapshot, after: ChatSnapshot): DeliveryResult {
  const text = foldText(sentText);
  const count = (s: ChatSnapshot) => s.ownBubbles.filter((b) => foldText(b) === text).length;
  if (foldText(after.composerText)) return { status: 'unconfirmed', reason: 'composer-not-cleared', retry: false };
  if (count(after) <= count(before)) return { status: 'unconfirmed', reason: 'no-new-bubble', retry: false };
  return { status: 'confirmed' };
}
