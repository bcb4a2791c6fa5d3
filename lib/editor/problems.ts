import type { Rule, TextsByLanguage } from '../pack/schema';
import { DEFAULT_LANGUAGE, PRODUCT_LANGUAGES } from '../pack/schema';
import { jsonPath } from '../pack/errors';
import { packComplianceFlags } from '../compliance';
import { unknownVariables } from '../pack/rule-check';

/** A problem found in the library, located at the rule (or language) it is about. */
export type EditorProblem =
  | { kind: 'unknown-variable'; packId: string; ruleId: string; field: string; language: string; name: string }
  | { kind: 'banned-phrase'; packId: string; ruleId: string; field: string; language: string; phrase: string }
  /** `winner` always answers first, so this rule never fires. */
  | { kind: 'never-fires'; packId: string; ruleId: string; winner: string }
  /** Fires on the same messages as `other` with the same priority: the rule id decides. */
  | { kind: 'tie'; packId: string; ruleId: string; other: string; language: string; keyword?: string }
  | { kind: 'duplicate-keyword'; packId: string; ruleId: string; keyword: string; others: string[] }
  | { kind: 'missing-language'; packId: string; ruleId: string; language: string; fallback: string }
  /** The shop cannot answer on its own in this language yet (detail from lib/conversation). */
  | { kind: 'readiness'; language: string; code: 'no-greeting' | 'few-greetings' | 'no-offline'; have?: number; detail: string }
  | { kind: 'other'; packId?: string; ruleId?: string; detail: string };

export type LibraryRuleLike = Rule & { packId: string };

export interface LibrarySnapshot {
  rules: readonly LibraryRuleLike[];
  /** Per pack: its default language (rules fall back to it). */
  defaultLanguages: ReadonlyMap<string, string>;
  /** Banned phrases of every pack, merged (the worker checks every reply against all of them). */
  bannedPhrases: TextsByLanguage;
  /** The shop's served languages (settings); empty: each pack's own languages. */
  servedLanguages?: readonly string[];
}

/** Languages the library serves: every language some faq rule answers in. */
export function servedLanguages(rules: readonly Rule[]): string[] {
  return [...new Set(rules.filter((r) => r.kind === 'faq').flatMap((r) => Object.keys(r.replies)))].sort();
}

/**
 * The languages each rule is expected to answer in: the shop's served languages when it chose
 * them, else the languages its own pack's faq rules answer in.
 */
/** The product's languages in their usual order (zh, en, es…), any other after them by code. */
function inProductOrder(languages: Iterable<string>): string[] {
  const rank = (l: string) => {
    const i = (PRODUCT_LANGUAGES as readonly string[]).indexOf(l);
    return i < 0 ? PRODUCT_LANGUAGES.length : i;
  };
  return [...new Set(languages)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function expectedLanguages(library: Pick<LibrarySnapshot, 'rules' | 'servedLanguages'>): (packId: string) => readonly string[] {
  const chosen = library.servedLanguages?.length ? inProductOrder(library.servedLanguages) : undefined;
  if (chosen) return () => chosen;
  const byPack = new Map<string, Set<string>>();
  for (const r of library.rules) {
    if (r.kind !== 'faq') continue;
    const set = byPack.get(r.packId) ?? new Set<string>();
    for (const language of Object.keys(r.replies)) set.add(language);
    byPack.set(r.packId, set);
  }
  const sorted = new Map([...byPack].map(([packId, set]) => [packId, inProductOrder(set)]));
  return (packId) => sorted.get(packId) ?? [];
}

/** Languages the shop is checked for (readiness): its choice, else every language the library answers in. */
export function checkedLanguages(library: Pick<LibrarySnapshot, 'rules' | 'servedLanguages'>): string[] {
  return library.servedLanguages?.length ? inProductOrder(library.servedLanguages) : servedLanguages(library.rules);
}

/** Problems of some of the library's rules (all of them by default). */
function ruleProblems(
  library: LibrarySnapshot,
  rules: readonly LibraryRuleLike[] = library.rules,
  expected: (packId: string) => readonly string[] = expectedLanguages(library),
): EditorProblem[] {
  const out: EditorProblem[] = [];
  for (const rule of rules) {
    const { packId } = rule;
    const served = expected(packId);
    for (const p of unknownVariables(rule)) {
      out.push({ kind: 'unknown-variable', packId, ruleId: rule.id, field: p.field, language: p.field.split(/[.[]/)[1], name: p.variable! });
    }
    if (rule.kind !== 'quick') {
      const fallback = library.defaultLanguages.get(packId) ?? DEFAULT_LANGUAGE;
      for (const language of served) {
        if (!rule.replies[language]) out.push({ kind: 'missing-language', packId, ruleId: rule.id, language, fallback });
      }
    }
  }
  const rulesById = new Map<string, LibraryRuleLike[]>();
  for (const r of rules) {
    const list = rulesById.get(r.id);
    if (list) list.push(r);
    else rulesById.set(r.id, [r]);
  }
  for (const flag of packComplianceFlags({ rules: [...rules], bannedPhrases: library.bannedPhrases })) {
    const rule = (rulesById.get(flag.ruleId) ?? []).find((r) => r.replies[flag.language]?.[flag.replyIndex] === flag.reply);
    if (!rule) continue;
    for (const v of flag.violations) {
      out.push({
        kind: 'banned-phrase',
        packId: rule.packId,
        ruleId: rule.id,
        field: jsonPath(['replies', flag.language, flag.replyIndex]),
        language: flag.language,
        phrase: v.match,
      });
    }
  }
  return out;
}

/** Every problem the editor shows, in a stable order: by pack, rule, then kind. */
export function libraryProblems(library: LibrarySnapshot, extra: readonly EditorProblem[] = []): EditorProblem[] {
  return inOrder(extra, ruleProblems(library));
}

/**
 * The same problems, computed a few hundred rules at a time with `pause()` between (the editor
 * page stays responsive: checking every reply of a library of thousands of rules takes seconds).
 * Returns undefined when `cancelled()` says the result is no longer wanted.
 */
export async function libraryProblemsInSlices(
  library: LibrarySnapshot,
  extra: readonly EditorProblem[],
  pause: () => Promise<void>,
  cancelled: () => boolean = () => false,
  sliceSize = 300,
): Promise<EditorProblem[] | undefined> {
  const expected = expectedLanguages(library);
  const found: EditorProblem[] = [];
  for (let i = 0; i < library.rules.length; i += sliceSize) {
    found.push(...ruleProblems(library, library.rules.slice(i, i + sliceSize), expected));
    await pause();
    if (cancelled()) return undefined;
  }
  return inOrder(extra, found);
}

function inOrder(extra: readonly EditorProblem[], found: EditorProblem[]): EditorProblem[] {
  const key = (p: EditorProblem) => ('packId' in p ? `${p.packId ?? ''}\u0000${p.ruleId ?? ''}` : '');
  // localeCompare's order, through one collator (localeCompare builds one per call: seconds for
  // the tens of thousands of problems of a big library).
  const { compare } = new Intl.Collator();
  return [...extra.filter((p) => p.kind === 'readiness'), ...found, ...extra.filter((p) => p.kind !== 'readiness')]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.kind === 'readiness' ? -1 : 0) - (b.p.kind === 'readiness' ? -1 : 0) || compare(key(a.p), key(b.p)) || a.i - b.i)
    .map(({ p }) => p);
}

/** Problems of one rule, for showing them where they are. */
export function problemsOfRule(problems: readonly EditorProblem[], packId: string, ruleId: string): EditorProblem[] {
  return problems.filter((p) => 'ruleId' in p && p.packId === packId && p.ruleId === ruleId);
}
