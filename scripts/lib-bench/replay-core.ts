/** Reading replay cases and scoring a matcher on them (used by scripts/replay.ts and the tuning tools). */
import { InputError, jsonPath, type InputProblem } from '../../lib/pack/errors';
import type { LibraryRule, MatchResult } from '../../lib/match/types';
import type { Matcher } from '../../lib/match/matcher';
import { SettingsSchema } from '../../lib/settings/schema';

export interface ReplayCase {
  line: number;
  text: string;
  expect: string | null;
  lang?: string;
}

/** Parses a cases file (JSON Lines); every problem names the file and line. Throws InputError. */
export function parseCases(text: string, file: string, rules: LibraryRule[]): ReplayCase[] {
  const faq = new Set(rules.filter((r) => r.kind === 'faq').map((r) => r.id));
  const problems: InputProblem[] = [];
  const cases: ReplayCase[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const line = i + 1;
      const src = raw.trim();
      if (!src) return;
      const at = (path: PropertyKey[]) => (path.length ? `line ${line}, ${jsonPath(path)}` : `line ${line}`);
      let value: unknown;
      try {
        value = JSON.parse(src);
      } catch (e) {
        problems.push({ file, where: at([]), message: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push({ file, where: at([]), message: 'must be a JSON object such as {"text": "…", "expect": "rule-id"}' });
        return;
      }
      const c = value as Record<string, unknown>;
      let ok = true;
      if (typeof c.text !== 'string' || !c.text.trim()) {
        problems.push({ file, where: at(['text']), message: 'must be a non-empty string' });
        ok = false;
      }
      if (!('expect' in c)) {
        problems.push({ file, where: at(['expect']), message: 'is missing: give the expected faq rule id, or null for no suggestion' });
        ok = false;
      } else if (c.expect !== null && typeof c.expect !== 'string') {
        problems.push({ file, where: at(['expect']), message: 'must be a rule id (string) or null' });
        ok = false;
      } else if (typeof c.expect === 'string' && !faq.has(c.expect)) {
        problems.push({ file, where: at(['expect']), message: `names "${c.expect}", which is not a faq rule of the pack` });
        ok = false;
      }
      if (c.lang !== undefined && (typeof c.lang !== 'string' || !/^[a-z]{2}$/.test(c.lang))) {
        problems.push({ file, where: at(['lang']), message: 'must be an ISO 639-1 language code such as "en"' });
        ok = false;
      }
      if (ok) cases.push({ line, text: c.text as string, expect: c.expect as string | null, ...(typeof c.lang === 'string' ? { lang: c.lang } : {}) });
    });
  if (!problems.length && !cases.length) problems.push({ file, where: '', message: 'holds no cases' });
  if (problems.length) throw new InputError(problems);
  return cases;
}

export interface CaseOutcome {
  c: ReplayCase;
  result: MatchResult;
  right: boolean;
}

export interface ReplaySummary {
  cases: number;
  accuracy: number;
  top1: number | null;
  top3: number | null;
  /** Share of the cases that got at least one suggestion. */
  shown: number;
  /** Of the cases that got suggestions, how often the first one was right. */
  shownFirstRight: number | null;
  /** Share of the cases whose first suggestion reaches the auto-send confidence (settings default). */
  autoSend: number;
  /** Of those, how often it was right (what auto-send would have sent). */
  autoSendRight: number | null;
  outOfScopeCorrect: number | null;
  language: number | null;
  byLanguage: Record<string, { cases: number; accuracy: number }>;
  msPerMessage: number;
  /** With --learn: examples taught, and accuracy on the first and the second half of the cases. */
  learn?: { taught: number; firstHalf: number; secondHalf: number; withoutLearning?: { firstHalf: number; secondHalf: number } };
  /** Accuracy on the first and the second half of the cases, in file order. */
  halves: [number, number];
}

const share = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 10000 : null);

/** The auto-send confidence a shop has until it changes it (lib/settings/schema.ts). */
export const AUTO_SEND_CONFIDENCE = SettingsSchema.parse({}).autoSendConfidence;

export interface ReplayOptions {
  /**
   * Play the cases in order as agents would answer them: when the right rule was not first, the
   * agent's choice is taught to the matcher (as the extension does on accept or override).
   */
  learn?: boolean;
}

export function replay(matcher: Matcher, cases: ReplayCase[], options: ReplayOptions = {}): { summary: ReplaySummary; outcomes: CaseOutcome[] } {
  // One warm-up pass over a few cases so that JIT compilation is not billed to the first ones.
  for (const c of cases.slice(0, 20)) matcher.match({ text: c.text });
  const outcomes: CaseOutcome[] = [];
  let ms = 0;
  let taught = 0;
  for (const c of cases) {
    const t0 = performance.now();
    const result = matcher.match({ text: c.text });
    ms += performance.now() - t0;
    const first = result.suggestions[0]?.ruleId ?? null;
    outcomes.push({ c, result, right: first === c.expect });
    if (options.learn && c.expect !== null && first !== c.expect) {
      if (matcher.addExample(c.expect, c.text, result.language.code === 'und' ? (c.lang ?? 'und') : result.language.code)) taught++;
    }
  }
  const inScope = outcomes.filter((o) => o.c.expect !== null);
  const outScope = outcomes.filter((o) => o.c.expect === null);
  const withLang = outcomes.filter((o) => o.c.lang);
  const byLanguage: ReplaySummary['byLanguage'] = {};
  for (const o of withLang) {
    const b = (byLanguage[o.c.lang!] ??= { cases: 0, accuracy: 0 });
    b.cases++;
    if (o.right) b.accuracy++;
  }
  for (const b of Object.values(byLanguage)) b.accuracy = share(b.accuracy, b.cases)!;
  const shown = outcomes.filter((o) => o.result.suggestions.length > 0);
  const sent = outcomes.filter((o) => (o.result.suggestions[0]?.score ?? 0) >= AUTO_SEND_CONFIDENCE);
  const half = Math.ceil(outcomes.length / 2);
  const accuracyOf = (list: CaseOutcome[]) => share(list.filter((o) => o.right).length, list.length)!;
  return {
    outcomes,
    summary: {
      cases: cases.length,
      accuracy: accuracyOf(outcomes),
      top1: share(inScope.filter((o) => o.result.suggestions[0]?.ruleId === o.c.expect).length, inScope.length),
      top3: share(inScope.filter((o) => o.result.suggestions.slice(0, 3).some((s) => s.ruleId === o.c.expect)).length, inScope.length),
      shown: share(shown.length, outcomes.length)!,
      shownFirstRight: share(shown.filter((o) => o.right).length, shown.length),
      autoSend: share(sent.length, outcomes.length)!,
      autoSendRight: share(sent.filter((o) => o.right).length, sent.length),
      halves: [accuracyOf(outcomes.slice(0, half)), accuracyOf(outcomes.slice(half))],
      ...(options.learn ? { learn: { taught, firstHalf: accuracyOf(outcomes.slice(0, half)), secondHalf: accuracyOf(outcomes.slice(half)) } } : {}),
      outOfScopeCorrect: share(outScope.filter((o) => o.result.suggestions.length === 0).length, outScope.length),
      language: share(withLang.filter((o) => o.result.language.code === o.c.lang).length, withLang.length),
      byLanguage,
      msPerMessage: Math.round((ms / cases.length) * 1000) / 1000,
    },
  };
}
