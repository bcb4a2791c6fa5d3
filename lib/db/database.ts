import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Rule, TextsByLanguage } from '../pack/schema';
import type { SessionState } from '../conversation/session';
import type { DailyRollup } from '../metrics/rollup';
import { stampRecordFormats } from './formats';
import { upgradeToV3 } from './upgrades';
import type { SiteProfileFile } from '../sites/profile-v1';

export type PackOrigin = 'starter' | 'import' | 'local';

export interface PackRecord {
  id: string;
  name: string;
  version: string;
  description?: string;
  /** As the pack gave it; rules fall back to "en" when it gave none. */
  defaultLanguage?: string;
  bannedPhrases?: TextsByLanguage;
  origin: PackOrigin;
  /** File name the pack was imported from, when it was. */
  source?: string;
  importedAt: number;
  /** Optional product fields of the pack that this version does not know, kept for export. */
  extra?: Record<string, unknown>;
}

export interface RuleRecord extends Rule {
  packId: string;
  /** Hash of the rule as last imported; differs from the current rule's hash after local edits. */
  importedHash?: string;
  updatedAt: number;
}

export interface LearnedExampleRecord {
  id?: number;
  packId: string;
  ruleId: string;
  text: string;
  language: string;
  source: 'accepted' | 'overridden' | 'editor';
  at: number;
}

export interface ModelCacheRecord {
  key: string;
  fingerprint: string;
  model: unknown;
  builtAt: number;
}

export interface KeyValueRecord {
  key: string;
  value: unknown;
}

/** Per conversation: the session state of lib/conversation (with its auto-send switches) and follow-up. */
export interface ConversationRecord {
  conversationId: string;
  /** Format of the record (its session above all), stamped on every write: see formats.ts. */
  v?: number;
  session?: SessionState;
  buyerName?: string;
  /** Answered offline: the shop owes a reply before `deadline`. Cleared when the shop replies. */
  followUp?: { queuedAt: number; deadline: number; notified?: boolean };
  /** When the agent first turned auto-send on here (after the confirmation); not indexed. */
  autoSendConfirmedAt?: number;
  updatedAt: number;
}

export interface HandledMessageRecord {
  conversationId: string;
  messageKey: string;
  at: number;
  /** Format of `response`, stamped on every write: an answer of another format is not reused. */
  v?: number;
  /** The buyer's text as the worker answered it: the only text an outcome may learn from. */
  text?: string;
  /** The answer given, so that a re-asked message (same key) returns the same suggestions. */
  response: unknown;
  /** The reply the worker found eligible for auto-send, which a claim must name exactly. */
  offered?: { ruleId: string; packId: string; text: string; decidedAt: number };
}

/**
 * A decision to send one automatic reply, taken once per buyer message before anything is sent.
 * It stays as the proof that this message had its automatic reply (or had its chance at it).
 */
export interface SendClaimRecord {
  conversationId: string;
  messageKey: string;
  at: number;
  ruleId: string;
  packId: string;
  text: string;
  /** What the content script reported afterwards; absent until it did (or when it never could). */
  result?: 'sent' | 'unconfirmed' | 'blocked';
}

export interface EventRecord {
  id?: number;
  at: number;
  type: string;
  conversationId: string;
  [field: string]: unknown;
}

/**
 * A deleted pack with everything it held, kept until restored or purged (lib/db/bin.ts). Out of
 * the packs, rules and learned tables, so nothing that reads the library can still see it.
 */
export interface BinRecord {
  id?: number;
  packId: string;
  name: string;
  ruleCount: number;
  deletedAt: number;
  pack: PackRecord;
  rules: RuleRecord[];
  learned: LearnedExampleRecord[];
}

/**
 * A site profile a person imported (site-profile-v1). The file is kept as imported, so an export
 * gives it back; whoever reads it parses it again with the schema of this release.
 */
export interface SiteProfileRecord {
  id: string;
  profile: SiteProfileFile;
  /** When it was last imported: the most recently imported profile is tried first (site-profile-v1). */
  importedAt: number;
  /** File name it came from, when it came from a file. */
  source?: string;
}

export const DB_NAME = 'shopreply';

/**
 * The extension's database. Lives in the background worker and extension pages only: a content
 * script's IndexedDB belongs to the web page. Every schema change is a new version with a test.
 */
export class ShopReplyDB extends Dexie {
  packs!: EntityTable<PackRecord, 'id'>;
  rules!: Table<RuleRecord, [string, string]>;
  learned!: EntityTable<LearnedExampleRecord, 'id'>;
  modelCache!: EntityTable<ModelCacheRecord, 'key'>;
  settings!: EntityTable<KeyValueRecord, 'key'>;
  conversations!: EntityTable<ConversationRecord, 'conversationId'>;
  handled!: Table<HandledMessageRecord, [string, string]>;
  events!: EntityTable<EventRecord, 'id'>;
  /** Daily rollups of sessions whose raw events were pruned (lib/metrics/rollup.ts). */
  eventRollups!: Table<DailyRollup, [string, string]>;
  sendClaims!: Table<SendClaimRecord, [string, string]>;
  bin!: EntityTable<BinRecord, 'id'>;
  siteProfiles!: EntityTable<SiteProfileRecord, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      packs: 'id',
      rules: '[packId+id], packId, kind',
      learned: '++id, [packId+ruleId]',
      modelCache: 'key',
      settings: 'key',
      conversations: 'conversationId',
      handled: '[conversationId+messageKey], at',
      events: '++id, at, type, conversationId',
    });
    // Version 2: automatic sends are claimed once per buyer message, in the same transaction that
    // re-reads the conversation's switches. Nothing to migrate: existing tables are unchanged.
    this.version(2).stores({
      sendClaims: '[conversationId+messageKey], conversationId, at',
    });
    this.version(3)
      .stores({
        events: '++id, at, type, conversationId, sessionId',
        eventRollups: '[day+scope], day',
      })
      .upgrade(upgradeToV3);
    // Version 4: deleted packs go to a bin, from which they can be restored. Nothing to migrate.
    this.version(4).stores({
      bin: '++id, packId, deletedAt',
    });
    // Version 5: site profiles that people import (site-profile-v1). Nothing to migrate.
    this.version(5).stores({
      siteProfiles: 'id, importedAt',
    });
    stampRecordFormats(this);
  }
}
