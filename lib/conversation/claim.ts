import type { ShopSettings } from '../settings/schema';
import {
  GRAY_LAUNCH_GUARD,
  limitReached,
  runGuards,
  sentBefore,
  SWITCH_GUARDS,
  type Guard,
  type GuardName,
  type GuardValues,
} from './autosend';
import { recordSentReply, type SessionState } from './session';

/** The reply the worker found eligible for one buyer message, as it stored it with its answer. */
export interface OfferedReply {
  ruleId: string;
  packId: string;
  text: string;
  /** When the worker answered the message. */
  decidedAt: number;
}

/** A decision to send older than this is not acted on: the page and the agent have moved on. */
export const CLAIM_MAX_AGE_MS = 30_000;

/** What the worker reads, inside one transaction, when the content script asks to send. */
export interface ClaimInput {
  settings: Pick<ShopSettings, 'globalAutoSendPaused' | 'maxAutoRepliesPerSession' | 'grayLaunchShare' | 'nameOnlyAutoSendSites'>;
  /** The conversation's stored session now (undefined when the conversation has none). */
  session: SessionState | undefined;
  conversationId: string;
  /** What the worker offered for this message key; undefined when it found the message not eligible. */
  offered: OfferedReply | undefined;
  /** What the content script asks to send. */
  requested: { ruleId: string; packId: string; text: string };
  /** A claim for this message key exists already (another tab, or this one before a worker restart). */
  claimed: boolean;
  now: number;
}

export type ClaimGuardName = GuardName | 'already-claimed' | 'not-offered' | 'stale-decision';

export type ClaimDecision =
  | { granted: true; session: SessionState }
  | { granted: false; blockedBy: ClaimGuardName; values: GuardValues };

interface ClaimFacts extends ClaimInput {
  session: SessionState;
}

const CLAIM_GUARDS: readonly Guard<ClaimFacts, ClaimGuardName>[] = [
  { name: 'already-claimed', blocks: (c) => (c.claimed ? {} : undefined) },
  {
    name: 'not-offered',
    blocks: ({ offered: o, requested: r }) => (o && o.ruleId === r.ruleId && o.packId === r.packId && o.text === r.text ? undefined : {}),
  },
  {
    name: 'stale-decision',
    blocks: ({ offered, now }) => (now - offered!.decidedAt <= CLAIM_MAX_AGE_MS ? undefined : { ageMs: now - offered!.decidedAt, maxMs: CLAIM_MAX_AGE_MS }),
  },
  ...SWITCH_GUARDS,
  { name: 'already-sent', blocks: ({ session, requested }) => (sentBefore(session, requested.text) ? {} : undefined) },
  {
    name: 'session-limit',
    blocks: ({ session, settings }) =>
      limitReached(session, settings) ? { count: session.autoRepliesCount, limit: settings.maxAutoRepliesPerSession } : undefined,
  },
  GRAY_LAUNCH_GUARD,
];

/**
 * Whether the content script may send the reply now. Taken once per message key, with the
 * switches and the session as stored at this moment: granting it records the reply as sent (it may
 * reach the buyer from here on), so a second claim, a fourth reply over the limit or a claim after
 * "pause all" is refused whatever the timing of tabs and workers.
 */
export function decideClaim(input: ClaimInput): ClaimDecision {
  if (!input.session) return { granted: false, blockedBy: 'conversation-auto-send-off', values: {} };
  const facts: ClaimFacts = { ...input, session: input.session };
  const check = runGuards(CLAIM_GUARDS, facts);
  if (!check.allowed) return { granted: false, blockedBy: check.blockedBy, values: check.values };
  const { ruleId, text } = input.requested;
  return { granted: true, session: recordSentReply(input.session, { text, at: input.now, auto: true, ruleId }) };
}
