import type { ConversationEvent, ConversationEventType } from '../conversation/events';

/**
 * What the metrics need of a set of whole sessions, in a form that adds up: the tallies of two
 * sets of sessions, added, give the metrics of both together. Daily rollups store tallies, so the
 * metrics of pruned and raw events together are the metrics of all of them.
 */

/** Which events a tally counts: all of them, or one gray-launch arm. */
export type Scope = 'all' | 'in' | 'out';
export const SCOPES: readonly Scope[] = ['all', 'in', 'out'];

type Counts = Partial<Record<ConversationEventType, number>>;

export interface Tally {
  sessions: number;
  /** Per session with a reply after its first buyer message: ms from that message to the first reply. */
  waits: number[];
  /** Sessions where the bot replied. */
  botSessions: number;
  /** Of those, sessions an agent took over after the bot's first reply. */
  takeovers: number;
  counts: Counts;
  /** Outcomes per rule, kept so that per-rule figures survive pruning. */
  byRule: Record<string, Counts>;
}

export const emptyTally = (): Tally => ({ sessions: 0, waits: [], botSessions: 0, takeovers: 0, counts: {}, byRule: {} });

/** Events by which a reply reached the buyer. */
const RESPONSES = new Set<ConversationEventType>(['accepted', 'edited-then-sent', 'overridden', 'auto-sent', 'auto-unconfirmed']);
const AGENT_DECISIONS: readonly ConversationEventType[] = ['accepted', 'edited-then-sent', 'overridden', 'dismissed'];
const AUTO = new Set<ConversationEventType>(['auto-sent', 'auto-unconfirmed']);

export const inScope = (e: Pick<ConversationEvent, 'grayArm'>, scope: Scope): boolean => scope === 'all' || e.grayArm === scope;

/** The tally of these events (already filtered to one scope), session by session. */
export function tallyOf(events: readonly ConversationEvent[]): Tally {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const sessions = new Map<string, { firstBuyer?: number; firstResponse?: number; firstAuto?: number; takeoverAfterAuto: boolean }>();
  const tally = emptyTally();
  for (const e of sorted) {
    let s = sessions.get(e.sessionId);
    if (!s) sessions.set(e.sessionId, (s = { takeoverAfterAuto: false }));
    if (e.type === 'buyer-message') s.firstBuyer ??= e.at;
    if (RESPONSES.has(e.type)) s.firstResponse ??= e.at;
    if (AUTO.has(e.type)) s.firstAuto ??= e.at;
    if (e.type === 'taken-over' && s.firstAuto !== undefined) s.takeoverAfterAuto = true;
    count(tally.counts, e.type);
    if (e.ruleId !== undefined) count((tally.byRule[e.ruleId] ??= {}), e.type);
  }
  tally.sessions = sessions.size;
  for (const s of sessions.values()) {
    if (s.firstBuyer !== undefined && s.firstResponse !== undefined && s.firstResponse >= s.firstBuyer) tally.waits.push(s.firstResponse - s.firstBuyer);
    if (s.firstAuto !== undefined) {
      tally.botSessions++;
      if (s.takeoverAfterAuto) tally.takeovers++;
    }
  }
  return tally;
}

function count(counts: Counts, type: ConversationEventType, n = 1) {
  counts[type] = (counts[type] ?? 0) + n;
}

/** Adds `t` into `into` (which changes; no copies, for summing many rollups). */
export function addInto(into: Tally, t: Tally): Tally {
  into.sessions += t.sessions;
  for (const w of t.waits) into.waits.push(w);
  into.botSessions += t.botSessions;
  into.takeovers += t.takeovers;
  for (const [type, n] of Object.entries(t.counts)) count(into.counts, type as ConversationEventType, n);
  for (const [rule, c] of Object.entries(t.byRule)) {
    const target = (into.byRule[rule] ??= {});
    for (const [type, n] of Object.entries(c)) count(target, type as ConversationEventType, n);
  }
  return into;
}

export const addTallies = (a: Tally, b: Tally): Tally => addInto(addInto(emptyTally(), a), b);
