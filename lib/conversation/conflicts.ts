import { normalize } from '../match/normalize';
import type { Rule, TextsByLanguage } from '../pack/schema';

/** A rule as the editor knows it; packId tells apart equal ids from two packs. */
export type EditorRule = Rule & { packId?: string };

export type FindingKind = 'tie' | 'duplicate-keyword' | 'never-fires';

export interface RuleFinding {
  kind: FindingKind;
  /** [a, b]: for "never-fires", a is the rule that never fires and b the one that always wins. */
  ruleIds: [string, string];
  language: string;
  keyword?: string;
  message: string;
}

const prio = (r: Rule) => r.priority ?? 0;
const label = (r: EditorRule) => (r.packId ? `${r.packId}/${r.id}` : r.id);
const idOrder = (a: EditorRule, b: EditorRule) => (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0);

/** Do the two rules apply to a common conversation (by SKU scope)? */
function scopesOverlap(a: Rule, b: Rule): boolean {
  if (!a.skus?.length || !b.skus?.length) return true;
  return a.skus.some((s) => b.skus!.includes(s));
}
/** Does `a` apply wherever `b` does? */
function scopeCovers(a: Rule, b: Rule): boolean {
  if (!a.skus?.length) return true;
  return !!b.skus?.length && b.skus.every((s) => a.skus!.includes(s));
}

/** Normalised keyword alternatives per language key ("*" kept as is). */
function alternatives(keywords: TextsByLanguage | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [lang, list] of Object.entries(keywords ?? {})) {
    const set = out.get(lang) ?? new Set<string>();
    for (const k of list) for (const alt of k.split('|')) {
      const n = normalize(alt);
      if (n) set.add(n);
    }
    out.set(lang, set);
  }
  return out;
}

const langsOverlap = (a: string, b: string) => a === '*' || b === '*' || a === b;
const shownLang = (a: string, b: string) => (a === '*' ? b : a);

/**
 * Problems a supervisor should see in the editor:
 * - tie: two rules can fire on the same message with the same priority (welcome or offline rules
 *   with replies in the same language; faq rules sharing a keyword alternative) — the id decides;
 * - duplicate-keyword: two faq rules share a keyword at different priorities (the higher wins);
 * - never-fires: a rule always loses — every keyword of a faq rule without examples also belongs
 *   to a higher-priority rule covering its SKUs, or a welcome/offline rule is outranked in each of
 *   its languages by an unscoped one of the same kind.
 */
export function detectConflicts(rules: readonly EditorRule[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const list = [...rules].sort(idOrder);
  const kw = new Map(list.map((r) => [r, alternatives(r.keywords)] as const));
  // Only pairs that can conflict are compared: welcome/offline rules of the same kind, and faq
  // rules sharing a keyword alternative (found through an index, not by comparing every pair:
  // a library of thousands of rules has millions of pairs).
  const byKeyword = new Map<string, number[]>();
  const byKind = new Map<string, number[]>();
  list.forEach((r, i) => {
    if (r.kind === 'welcome' || r.kind === 'offline') push(byKind, r.kind, i);
    else if (r.kind === 'faq') for (const set of kw.get(r)!.values()) for (const k of set) push(byKeyword, k, i);
  });

  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const partners = new Set<number>();
    if (a.kind === 'welcome' || a.kind === 'offline') for (const j of byKind.get(a.kind)!) partners.add(j);
    else if (a.kind === 'faq') for (const set of kw.get(a)!.values()) for (const k of set) for (const j of byKeyword.get(k)!) partners.add(j);
    for (const j of [...partners].filter((j) => j > i).sort((x, y) => x - y)) {
      const b = list[j];
      if (a.kind !== b.kind || !scopesOverlap(a, b)) continue;
      if (a.kind === 'welcome' || a.kind === 'offline') {
        if (prio(a) !== prio(b)) continue;
        const what = a.kind === 'welcome' ? 'greet the first message of a session' : 'answer outside working hours';
        for (const lang of Object.keys(a.replies).filter((l) => b.replies[l])) {
          findings.push({
            kind: 'tie', ruleIds: [a.id, b.id], language: lang,
            message: `"${label(a)}" and "${label(b)}" both ${what} in ${lang} with priority ${prio(a)}; "${label(a)}" is used because ties go by rule id — give one a higher priority`,
          });
        }
      } else if (a.kind === 'faq') {
        for (const [la, sa] of kw.get(a)!) for (const [lb, sb] of kw.get(b)!) {
          if (!langsOverlap(la, lb)) continue;
          for (const k of sa) {
            if (!sb.has(k)) continue;
            const language = shownLang(la, lb);
            findings.push(
              prio(a) === prio(b)
                ? { kind: 'tie', ruleIds: [a.id, b.id], language, keyword: k,
                    message: `"${label(a)}" and "${label(b)}" both have the keyword "${k}" (${language}) with priority ${prio(a)}; a message with it can fire either` }
                : { kind: 'duplicate-keyword', ruleIds: [a.id, b.id], language, keyword: k,
                    message: `the keyword "${k}" (${language}) is in both "${label(a)}" and "${label(b)}"; "${label(prio(a) > prio(b) ? a : b)}" wins it by priority` },
            );
          }
        }
      }
    }
  }
  return [...findings, ...neverFires(list, kw, byKeyword, byKind)];
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function neverFires(
  list: EditorRule[],
  kw: Map<EditorRule, Map<string, Set<string>>>,
  byKeyword: Map<string, number[]>,
  byKind: Map<string, number[]>,
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const beats = (w: EditorRule, loser: EditorRule) => w !== loser && w.kind === loser.kind && prio(w) > prio(loser) && scopeCovers(w, loser);
  for (const loser of list) {
    if (loser.kind === 'quick') continue;
    if (loser.kind === 'faq') {
      if (Object.values(loser.examples ?? {}).some((e) => e.length)) continue;
      const mine = kw.get(loser)!;
      const some = [...mine.values()].find((s) => s.size);
      if (!some) continue;
      // A winner holds every keyword of the loser, so it is among the rules holding one of them.
      const [first] = some;
      const has = (w: EditorRule, lang: string, k: string) => kw.get(w)!.get(lang)?.has(k) || kw.get(w)!.get('*')?.has(k);
      const winner = byKeyword.get(first)!.map((j) => list[j]).find((w) =>
        beats(w, loser) && [...mine].every(([lang, set]) => [...set].every((k) => (lang === '*' ? kw.get(w)!.get('*')?.has(k) : has(w, lang, k)))),
      );
      if (winner) {
        out.push({
          kind: 'never-fires', ruleIds: [loser.id, winner.id], language: '*',
          message: `"${label(loser)}" can never fire: all its keywords are also in "${label(winner)}", which has a higher priority (${prio(winner)} > ${prio(loser)})`,
        });
      }
    } else {
      const winners = (byKind.get(loser.kind) ?? []).map((j) => list[j]).filter((w) => beats(w, loser));
      const langs = Object.keys(loser.replies);
      const beatenIn = (lang: string) => winners.find((w) => !w.skus?.length && w.replies[lang]?.length);
      if (langs.length && langs.every(beatenIn)) {
        const winner = beatenIn(langs[0])!;
        out.push({
          kind: 'never-fires', ruleIds: [loser.id, winner.id], language: langs.join(','),
          message: `"${label(loser)}" can never fire: in ${langs.join(', ')} a ${loser.kind} rule with higher priority always answers first (e.g. "${label(winner)}")`,
        });
      }
    }
  }
  return out;
}
