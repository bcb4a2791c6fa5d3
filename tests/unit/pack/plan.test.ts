import { describe, expect, it } from 'vitest';
import {
  applyPlan,
  compareVersions,
  parsePackOrThrow,
  planImport,
  ruleHash,
  type Pack,
  type StoredPack,
} from '../../../lib/pack';
import { demoPack } from './helpers';

/** A three-rule pack; `edit` changes the raw JSON before it is parsed. */
function pack(version: string, edit: (raw: Record<string, any>) => void = () => {}): Pack {
  const raw = demoPack();
  raw.version = version;
  raw.rules.push({ id: 'returns', kind: 'faq', keywords: { en: ['return|refund'] }, replies: { en: ['You can return it within 30 days.'] } });
  edit(raw);
  return parsePackOrThrow(JSON.stringify(raw), 'incoming.json');
}

/** The library after importing a pack into an empty one. */
function imported(p: Pack): StoredPack {
  const { meta, rules } = applyPlan(planImport(p, undefined), 'replace');
  return { meta, rules };
}

const ruleOf = (stored: { rules: Array<{ id: string }> }, id: string) => stored.rules.find((r) => r.id === id) as any;

describe('ruleHash', () => {
  const rule = pack('1').rules[1];

  it('does not depend on key order, storage fields or learned examples', () => {
    const shuffled = Object.fromEntries(Object.entries(rule).reverse());
    expect(ruleHash(shuffled)).toBe(ruleHash(rule));
    expect(ruleHash({ ...rule, importedHash: 'x', updatedAt: 5, packId: 'p', learnedExamples: { en: ['hi'] } })).toBe(ruleHash(rule));
  });

  it('treats written-out defaults like absent ones', () => {
    const { threshold: _t, ...rest } = rule;
    expect(ruleHash({ ...rest, threshold: 0.85, priority: 0, title: '', tags: [] })).toBe(ruleHash(rest));
  });

  it('changes with the content', () => {
    expect(ruleHash({ ...rule, replies: { en: ['Other'] } })).not.toBe(ruleHash(rule));
    expect(ruleHash({ ...rule, threshold: 0.9 })).not.toBe(ruleHash(rule));
    expect(ruleHash({ ...rule, color: 'blue' })).not.toBe(ruleHash(rule));
    expect(ruleHash(rule)).toMatch(/^r1-[0-9a-f]{16}$/);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.10.0', '1.9.0', 1],
    ['2026.11.24', '2026.2.1', 1],
    ['1.0', '1.0.0', 0],
    ['1.0.0-beta', '1.0.0', -1],
    ['v2', '1.9', 1],
    ['1.0.0-rc.2', '1.0.0-rc.10', -1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(expected === 0 ? 0 : -expected);
  });
});

describe('planImport', () => {
  it('a pack the library does not have: every rule is added', () => {
    const plan = planImport(pack('1.0.0'), undefined);
    expect(plan.kind).toBe('new-pack');
    expect(plan.added).toEqual(['welcome-1', 'where-is-my-order', 'returns']);
    expect([plan.changed, plan.removed, plan.conflicts, plan.unchanged]).toEqual([[], [], [], 0]);
  });

  it('the same pack again: same-version, nothing to do', () => {
    const plan = planImport(pack('1.0.0'), imported(pack('1.0.0')));
    expect(plan.kind).toBe('same-version');
    expect([plan.added, plan.changed, plan.removed, plan.conflicts, plan.metaChanged, plan.unchanged]).toEqual([[], [], [], [], [], 3]);
  });

  it('an older version is named as such', () => {
    expect(planImport(pack('0.9.0'), imported(pack('1.0.0'))).kind).toBe('older-version');
  });

  it('an update: added, changed with its fields, removed, unchanged, and pack fields', () => {
    const next = pack('1.1.0', (raw) => {
      raw.name = 'Demo shop replies';
      raw.rules[1].threshold = 0.9;
      raw.rules[1].replies.en = ['Order {order_id} is on the way!'];
      raw.rules.splice(2, 1);
      raw.rules.push({ id: 'size', kind: 'quick', replies: { en: ['See the size chart.'] } });
    });
    const plan = planImport(next, imported(pack('1.0.0')));
    expect(plan.kind).toBe('update');
    expect(plan.added).toEqual(['size']);
    expect(plan.changed).toEqual([{ ruleId: 'where-is-my-order', fields: ['replies', 'threshold'] }]);
    expect(plan.removed).toEqual(['returns']);
    expect(plan.conflicts).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.metaChanged).toEqual(['name', 'version']);
  });

  it('local edits: conflicts say why, and clean rules are not conflicts', () => {
    const library = imported(pack('1.0.0'));
    ruleOf(library, 'welcome-1').replies.en = ['Hello {buyer_name}!'];
    ruleOf(library, 'where-is-my-order').title = 'Tracking';
    ruleOf(library, 'returns').priority = 3;
    library.rules.push({ id: 'made-here', kind: 'quick', replies: { en: ['Thanks!'] } });
    const next = pack('1.1.0', (raw) => {
      raw.rules[1].replies.en = ['Order {order_id} is on the way!'];
      raw.rules.splice(2, 1);
    });
    const plan = planImport(next, library);
    expect(plan.conflicts).toEqual([
      { ruleId: 'welcome-1', why: 'edited-here', fields: ['replies'] },
      { ruleId: 'where-is-my-order', why: 'changed-in-both', fields: ['replies', 'title'] },
      { ruleId: 'returns', why: 'removed-from-pack', fields: [] },
      { ruleId: 'made-here', why: 'removed-from-pack', fields: [] },
    ]);
    expect([plan.added, plan.changed, plan.removed, plan.unchanged]).toEqual([[], [], [], 0]);
  });

  it('a local edit that the pack now makes too is no conflict', () => {
    const library = imported(pack('1.0.0'));
    ruleOf(library, 'returns').replies.en = ['Returns within 60 days.'];
    const plan = planImport(pack('1.1.0', (raw) => (raw.rules[2].replies.en = ['Returns within 60 days.'])), library);
    expect(plan.conflicts).toEqual([]);
    expect(plan.unchanged).toBe(3);
  });
});

describe('applyPlan', () => {
  function scenario() {
    const library = imported(pack('1.0.0'));
    ruleOf(library, 'welcome-1').replies.en = ['Hello {buyer_name}!'];
    ruleOf(library, 'where-is-my-order').learnedExamples = { en: ['where is my parcel'] };
    ruleOf(library, 'returns').priority = 3;
    const next = pack('1.1.0', (raw) => {
      raw.rules[0].replies.en = ['Welcome, {buyer_name}!'];
      raw.rules[1].replies.en = ['Order {order_id} is on the way!'];
      raw.rules.splice(2, 1);
      raw.rules.push({ id: 'size', kind: 'quick', replies: { en: ['See the size chart.'] } });
    });
    return { library, next, plan: planImport(next, library) };
  }

  it('a new pack: the incoming rules, each with its importedHash', () => {
    const p = pack('1.0.0');
    const { meta, rules } = applyPlan(planImport(p, undefined), 'replace');
    expect(meta).toEqual(Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'rules')));
    expect(rules.map(({ importedHash, ...rule }) => [rule, importedHash])).toEqual(p.rules.map((r) => [r, ruleHash(r)]));
  });

  it('replace: the pack as it comes, learned examples kept', () => {
    const { next, plan } = scenario();
    const { rules } = applyPlan(plan, 'replace');
    expect(rules.map((r) => r.id)).toEqual(['welcome-1', 'where-is-my-order', 'size']);
    expect(ruleOf({ rules }, 'welcome-1').replies.en).toEqual(['Welcome, {buyer_name}!']);
    expect(ruleOf({ rules }, 'where-is-my-order').replies.en).toEqual(['Order {order_id} is on the way!']);
    expect(ruleOf({ rules }, 'where-is-my-order').learnedExamples).toEqual({ en: ['where is my parcel'] });
    const { learnedExamples: _l, importedHash: _h, ...content } = ruleOf({ rules }, 'where-is-my-order');
    expect(content).toEqual(next.rules[1]);
    // After replace nothing counts as edited here: importing the same pack again changes nothing.
    const again = planImport(next, { meta: plan.incoming, rules });
    expect([again.kind, again.conflicts, again.changed, again.unchanged]).toEqual(['same-version', [], [], 3]);
  });

  it('merge-keep-local: conflicts keep the local rule, the rest follows the pack', () => {
    const { plan } = scenario();
    expect(plan.conflicts.map((c) => [c.ruleId, c.why])).toEqual([
      ['welcome-1', 'changed-in-both'],
      ['returns', 'removed-from-pack'],
    ]);
    const { rules } = applyPlan(plan, 'merge-keep-local');
    expect(rules.map((r) => r.id)).toEqual(['welcome-1', 'where-is-my-order', 'size', 'returns']);
    expect(ruleOf({ rules }, 'welcome-1').replies.en).toEqual(['Hello {buyer_name}!']);
    expect(ruleOf({ rules }, 'returns').priority).toBe(3);
    expect(ruleOf({ rules }, 'where-is-my-order').replies.en).toEqual(['Order {order_id} is on the way!']);
    expect(ruleOf({ rules }, 'where-is-my-order').learnedExamples).toEqual({ en: ['where is my parcel'] });
  });

  it('merge remembers the pack version it set aside: a re-import is no longer a clash of changes', () => {
    const { next, plan } = scenario();
    const { meta, rules } = applyPlan(plan, 'merge-keep-local');
    const again = planImport(next, { meta, rules });
    expect(again.conflicts.map((c) => [c.ruleId, c.why])).toEqual([
      ['welcome-1', 'edited-here'],
      ['returns', 'removed-from-pack'],
    ]);
    expect(again.changed).toEqual([]);
  });

  it('learned examples arriving with a library export are merged with the local ones', () => {
    const library = imported(pack('1.0.0'));
    ruleOf(library, 'returns').learnedExamples = { en: ['can I send it back'] };
    const backup = pack('1.0.0', (raw) => (raw.rules[2].learnedExamples = { en: ['can I send it back', 'refund please'], es: ['devolución'] }));
    for (const mode of ['replace', 'merge-keep-local'] as const) {
      const { rules } = applyPlan(planImport(backup, library), mode);
      expect(ruleOf({ rules }, 'returns').learnedExamples).toEqual({ en: ['can I send it back', 'refund please'], es: ['devolución'] });
    }
  });

  it('is pure: the library and the incoming pack are left as they were', () => {
    const { library, next, plan } = scenario();
    const before = JSON.stringify([library, next]);
    applyPlan(plan, 'merge-keep-local');
    applyPlan(plan, 'replace');
    expect(JSON.stringify([library, next])).toBe(before);
  });
});
