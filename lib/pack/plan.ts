import type { Pack, TextsByLanguage } from './schema';
import type { PackMeta, StoredPack, StoredRule } from './export';
import { changedFields, changedRuleFields, ruleHash } from './plan-hash';

/**
 * The import preview: what importing a pack would do to the library, computed before anything is
 * written. Every rule id of either side lands in exactly one of added, changed, removed, conflicts
 * or unchanged. A rule counts as edited here when its hash differs from its importedHash, or when
 * it has no importedHash (made here).
 */
export type PlanKind = 'new-pack' | 'update' | 'same-version' | 'older-version';

export type ConflictReason =
  /** Edited here, and the incoming pack changed it since the last import too. */
  | 'changed-in-both'
  /** Edited here; the pack did not change it, so replacing would undo the local edit. */
  | 'edited-here'
  /** Edited or made here, and the incoming pack no longer has it. */
  | 'removed-from-pack';

export interface RuleChange {
  ruleId: string;
  /** Fields that differ between the library's rule and the incoming one. */
  fields: string[];
}

export interface RuleConflict extends RuleChange {
  why: ConflictReason;
}

export interface ImportPlan {
  kind: PlanKind;
  packId: string;
  incomingVersion: string;
  existingVersion?: string;
  /** The pack's own fields (name, version, bannedPhrases, …) that the import changes. */
  metaChanged: string[];
  added: string[];
  /** Not edited here; the incoming pack changes them. */
  changed: RuleChange[];
  /** Not edited here; the incoming pack no longer has them. */
  removed: string[];
  /** Edited here: replace takes the pack's side, merge-keep-local keeps the local rule. */
  conflicts: RuleConflict[];
  unchanged: number;
  incoming: Pack;
  existing?: StoredPack;
  /** ruleHash of each incoming rule by id, computed once while planning and reused by applyPlan. */
  incomingHashes?: Map<string, string>;
  /** ruleHash of each library rule by id (update plans), likewise. */
  existingHashes?: Map<string, string>;
}

export type ApplyMode = 'replace' | 'merge-keep-local';

/** Orders versions such as 1.4.0, 1.10.0 or 2026.11.24 by their numbers; 1.0.0-beta < 1.0.0. */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core, pre] = v.trim().replace(/^v/i, '').split('+')[0].split(/-(.*)/s);
    return { parts: core.split('.'), pre };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const p = x.parts[i] ?? '0';
    const q = y.parts[i] ?? '0';
    const diff = /^\d+$/.test(p) && /^\d+$/.test(q) ? Number(p) - Number(q) : p.localeCompare(q);
    if (diff) return Math.sign(diff);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return Math.sign(x.pre.localeCompare(y.pre, undefined, { numeric: true }));
}

export function hasLocalEdits(rule: StoredRule): boolean {
  return rule.importedHash === undefined || rule.importedHash !== ruleHash(rule);
}

function planKind(incoming: Pack, existing: StoredPack | undefined): PlanKind {
  if (!existing) return 'new-pack';
  const order = compareVersions(incoming.version, existing.meta.version);
  return order > 0 ? 'update' : order === 0 ? 'same-version' : 'older-version';
}

export function planImport(incoming: Pack, existing: StoredPack | undefined): ImportPlan {
  const plan: ImportPlan = {
    kind: planKind(incoming, existing),
    packId: incoming.id,
    incomingVersion: incoming.version,
    existingVersion: existing?.meta.version,
    metaChanged: [],
    added: [],
    changed: [],
    removed: [],
    conflicts: [],
    unchanged: 0,
    incoming,
    existing,
  };
  // One digest per rule of either side: hashing was most of a large import's planning time.
  const hashes = new Map<string, string>();
  for (const rule of incoming.rules) hashes.set(rule.id, ruleHash(rule));
  plan.incomingHashes = hashes;
  if (!existing) {
    plan.added = incoming.rules.map((r) => r.id);
    return plan;
  }
  const { rules: _rules, ...incomingMeta } = incoming;
  plan.metaChanged = changedFields(existing.meta, incomingMeta, ['format', 'formatVersion']);

  const current = new Map(existing.rules.map((r) => [r.id, r]));
  plan.existingHashes = new Map();
  for (const rule of incoming.rules) {
    const local = current.get(rule.id);
    if (!local) {
      plan.added.push(rule.id);
      continue;
    }
    const incomingHash = hashes.get(rule.id)!;
    const localHash = ruleHash(local);
    plan.existingHashes.set(rule.id, localHash);
    // Equal hashes are equal content; only rules that differ are compared field by field.
    const fields = localHash === incomingHash ? [] : changedRuleFields(local, rule);
    const edited = local.importedHash === undefined || local.importedHash !== localHash;
    if (fields.length === 0) plan.unchanged++;
    else if (!edited) plan.changed.push({ ruleId: rule.id, fields });
    else {
      const why = local.importedHash === incomingHash ? 'edited-here' : 'changed-in-both';
      plan.conflicts.push({ ruleId: rule.id, fields, why });
    }
  }
  for (const local of existing.rules) {
    if (hashes.has(local.id)) continue;
    if (hasLocalEdits(local)) plan.conflicts.push({ ruleId: local.id, fields: [], why: 'removed-from-pack' });
    else plan.removed.push(local.id);
  }
  return plan;
}

function mergeLearned(a?: TextsByLanguage, b?: TextsByLanguage): TextsByLanguage | undefined {
  const out: TextsByLanguage = {};
  if (!a && !b) return undefined;
  for (const source of [a, b]) {
    for (const [lang, texts] of Object.entries(source ?? {})) {
      out[lang] = [...new Set([...(out[lang] ?? []), ...texts])];
    }
  }
  return Object.keys(out).length ? out : undefined;
}

export interface AppliedImport {
  meta: PackMeta;
  /** Every rule of the pack after the import, to be written in one transaction in place of the old. */
  rules: StoredRule[];
  /** The pack as the library held it when planned (update plans): the write then touches only what differs. */
  previous?: StoredPack;
  /** Ids of rules whose stored record (content and importedHash) the import leaves as it is. */
  unchanged?: Set<string>;
}

/**
 * The pack's rules after the import. replace: the incoming pack as it is; merge-keep-local: the
 * incoming pack, except that conflicting rules stay as edited here. Learned examples are kept in
 * both modes (they are lost only with a rule that the import removes). Pure: writes nothing.
 */
export function applyPlan(plan: ImportPlan, mode: ApplyMode): AppliedImport {
  const { rules: incomingRules, ...meta } = plan.incoming;
  const current = new Map((plan.existing?.rules ?? []).map((r) => [r.id, r]));
  const keepLocal = new Set(mode === 'merge-keep-local' ? plan.conflicts.map((c) => c.ruleId) : []);

  const hashes = plan.incomingHashes;
  const unchanged = new Set<string>();
  const rules = incomingRules.map((rule): StoredRule => {
    const local = current.get(rule.id);
    const learned = mergeLearned(local?.learnedExamples, rule.learnedExamples);
    // A kept local rule takes the incoming rule's hash: that version of the pack's rule has been seen
    // and set aside, so a later import says 'changed-in-both' only if the pack changes the rule again.
    const base = keepLocal.has(rule.id) && local ? local : rule;
    const importedHash = hashes?.get(rule.id) ?? ruleHash(rule);
    let out: StoredRule;
    if ((base as StoredRule).learnedExamples === undefined) out = { ...base, importedHash }; // the common case, without a rest copy
    else {
      const { learnedExamples: _drop, ...rest } = base as StoredRule;
      out = { ...rest, importedHash };
    }
    if (learned) out.learnedExamples = learned;
    const localHash = plan.existingHashes?.get(rule.id);
    if (local && localHash !== undefined && local.importedHash === out.importedHash && (base === local || localHash === out.importedHash)) {
      unchanged.add(rule.id);
    }
    return out;
  });
  const incomingIds = new Set(incomingRules.map((r) => r.id));
  for (const local of plan.existing?.rules ?? []) {
    if (keepLocal.has(local.id) && !incomingIds.has(local.id)) {
      rules.push({ ...local });
      unchanged.add(local.id);
    }
  }
  return { meta, rules, ...(plan.existing ? { previous: plan.existing, unchanged } : {}) };
}
