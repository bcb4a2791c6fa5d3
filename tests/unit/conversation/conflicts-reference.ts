/**
 * The first detectConflicts, which compared every pair of rules: kept as the reference that the
 * indexed one must agree with, finding for finding and in the same order.
 */
import { normalize } from '../../../lib/match/normalize';
import type { Rule, TextsByLanguage } from '../../../lib/pack/schema';
import type { EditorRule, RuleFinding } from '../../../lib/conversation/conflicts';

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
export function detectConflictsPairwise(rules: readonly EditorRule[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const list = [...rules].sort(idOrder);
  const kw = new Map(list.map((r) => [r, alternatives(r.keywords)] as const));

  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
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
  return [...findings, ...neverFires(list, kw)];
}

function neverFires(list: EditorRule[], kw: Map<EditorRule, Map<string, Set<string>>>): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const loser of list) {
    if (loser.kind === 'quick') continue;
    const winners = list.filter((w) => w !== loser && w.kind === loser.kind && prio(w) > prio(loser) && scopeCovers(w, loser));
    if (loser.kind === 'faq') {
      if (Object.values(loser.examples ?? {}).some((e) => e.length)) continue;
      const mine = kw.get(loser)!;
      const has = (w: EditorRule, lang: string, k: string) => kw.get(w)!.get(lang)?.has(k) || kw.get(w)!.get('*')?.has(k);
      const winner = winners.find((w) =>
        [...mine].every(([lang, set]) => [...set].every((k) => (lang === '*' ? kw.get(w)!.get('*')?.has(k) : has(w, lang, k)))),
      );
      if (winner && [...mine.values()].some((s) => s.size)) {
        out.push({
          kind: 'never-fires', ruleIds: [loser.id, winner.id], language: '*',
          message: `"${label(loser)}" can never fire: all its keywords are also in "${label(winner)}", which has a higher priority (${prio(winner)} > ${prio(loser)})`,
        });
      }
    } else {
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
