/**
 * The stores of each database version exactly as it shipped, frozen here on purpose: an upgrade
 * test opens data written by an older release, so it must not follow later edits of database.ts.
 */
export const V1_STORES = {
  packs: 'id',
  rules: '[packId+id], packId, kind',
  learned: '++id, [packId+ruleId]',
  modelCache: 'key',
  settings: 'key',
  conversations: 'conversationId',
  handled: '[conversationId+messageKey], at',
  events: '++id, at, type, conversationId',
};
export const V2_STORES = { sendClaims: '[conversationId+messageKey], conversationId, at' };
export const V3_STORES = { events: '++id, at, type, conversationId, sessionId', eventRollups: '[day+scope], day' };
export const V4_STORES = { bin: '++id, packId, deletedAt' };
