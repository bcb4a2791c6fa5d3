import type { ShopSettings } from '../settings/schema';

/**
 * One buyer conversation's state, as plain data the background worker stores. A session is a
 * stretch of conversation without a long silence; the per-conversation switches (auto-send on,
 * taken over) and the greeting rotation outlive sessions.
 */
export interface AnsweredQuestion {
  /** The buyer's question, normalised (lib/match/normalize). */
  key: string;
  /** The faq rule that question matched first. */
  ruleId: string;
  at: number;
}

export interface SentReply {
  text: string;
  at: number;
  auto: boolean;
  ruleId?: string;
}

export interface SessionState {
  conversationId: string;
  /** `${conversationId}:${startedAt}` — unique and derived, so replays give the same id. */
  sessionId: string;
  startedAt: number;
  lastBuyerMessageAt: number;
  /** Buyer messages in this session. */
  buyerMessages: number;
  welcomed: boolean;
  /** Index of the next greeting variant; kept across sessions so a returning buyer hears another one. */
  welcomeVariantCursor: number;
  /** Questions asked in this session that no reply has followed yet. */
  pendingQuestions: AnsweredQuestion[];
  /** Questions a reply (by agent or auto-send) followed in this session. */
  answeredQuestions: AnsweredQuestion[];
  sentReplies: SentReply[];
  autoRepliesCount: number;
  /**
   * When this session went onto the offline follow-up list (first message outside working hours);
   * the offline reply is offered only then, so a buyer writing three times at night hears it once.
   */
  offlineQueuedAt?: number;
  /** Per conversation, off by default; kept across sessions. */
  autoSendEnabled: boolean;
  /** The agent typed here: auto-send pauses until the agent turns it on again. Kept across sessions. */
  takenOver: boolean;
}

export interface BuyerMessage {
  conversationId: string;
  text: string;
}

/** Last moment anybody spoke: a reply also keeps the session alive. */
function lastActivity(s: SessionState): number {
  const lastReply = s.sentReplies.length ? s.sentReplies[s.sentReplies.length - 1].at : 0;
  return Math.max(s.lastBuyerMessageAt, lastReply);
}

export function newSession(conversationId: string, now: number, carry?: SessionState): SessionState {
  return {
    conversationId,
    sessionId: `${conversationId}:${now}`,
    startedAt: now,
    lastBuyerMessageAt: now,
    buyerMessages: 0,
    welcomed: false,
    welcomeVariantCursor: carry?.welcomeVariantCursor ?? 0,
    pendingQuestions: [],
    answeredQuestions: [],
    sentReplies: [],
    autoRepliesCount: 0,
    autoSendEnabled: carry?.autoSendEnabled ?? false,
    takenOver: carry?.takenOver ?? false,
  };
}

/**
 * A buyer message arrives. It starts a new session when there is none, or when more than
 * `contextWindowSeconds` passed since the last message of either side (exactly the window is
 * still the same session).
 */
export function applyBuyerMessage(
  state: SessionState | undefined,
  msg: BuyerMessage,
  now: number,
  settings: Pick<ShopSettings, 'contextWindowSeconds'>,
): { state: SessionState; isNewSession: boolean } {
  const carry = state?.conversationId === msg.conversationId ? state : undefined;
  const expired = !carry || now - lastActivity(carry) > settings.contextWindowSeconds * 1000;
  const base = expired ? newSession(msg.conversationId, now, carry) : carry;
  return {
    state: { ...base, lastBuyerMessageAt: now, buyerMessages: base.buyerMessages + 1 },
    isNewSession: expired,
  };
}

/**
 * A reply was sent in the conversation (accepted, edited, typed by the agent, or auto-sent and
 * confirmed). The questions waiting for an answer count as answered from now on.
 */
export function recordSentReply(state: SessionState, reply: SentReply): SessionState {
  return {
    ...state,
    sentReplies: [...state.sentReplies, reply],
    autoRepliesCount: state.autoRepliesCount + (reply.auto ? 1 : 0),
    answeredQuestions: [...state.answeredQuestions, ...state.pendingQuestions],
    pendingQuestions: [],
  };
}

/** The agent typed in the conversation: auto-send pauses there. */
export function markTakenOver(state: SessionState): SessionState {
  return { ...state, takenOver: true };
}

/** The agent's switch; turning auto-send on also ends a takeover. */
export function setAutoSend(state: SessionState, enabled: boolean): SessionState {
  return { ...state, autoSendEnabled: enabled, takenOver: enabled ? false : state.takenOver };
}
