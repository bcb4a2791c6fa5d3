import type { Pack, TextsByLanguage } from '../pack/schema';
import { originalRange, type Folded } from '../text/fold';
import { DEFAULT_PATTERNS, DISTINCTIVE, type ComplianceCategory, type DefaultPattern } from './defaults';
import { complianceViews } from './skeleton';

export interface Violation {
  /** The built-in rule code ("whatsapp", "phone", "paid-review"…) or the pack's banned phrase as written. */
  rule: string;
  category: ComplianceCategory;
  /** Position in the original text (UTF-16 units). */
  index: number;
  length: number;
  /** The offending part of the original text, as the agent sees it. */
  match: string;
  /**
   * Set when the finding overlaps a value the page filled in (buyer name, order id…): the name of
   * that variable. Such a reply is shown to the agent with the value marked, never sent by itself.
   */
  variable?: string;
}

export interface ComplianceResult {
  ok: boolean;
  violations: Violation[];
}

/** Where a filled-in variable value sits in the rendered reply. */
export interface FilledValue {
  name: string;
  index: number;
  length: number;
}

export interface ComplianceOptions {
  /** The reply's language: selects the pack's banned phrases for it (plus "*"). */
  language: string;
  bannedPhrases?: TextsByLanguage;
  /**
   * Values the page filled into the reply, by position. They are checked like every other part
   * of the reply (the buyer sees them); a finding that touches one names the variable.
   */
  filled?: readonly FilledValue[];
  /** Turn the built-in patterns off (tests of pack phrases only). */
  builtIn?: boolean;
}

/** Checks a reply, as the buyer will see it, for off-platform contact, paid reviews and the pack's banned phrases. */
export function checkCompliance(text: string, options: ComplianceOptions): ComplianceResult {
  const { skeleton, letters, spelt } = complianceViews(text);
  const found: Violation[] = [];
  const push = (rule: string, category: ComplianceCategory, f: Folded, from: number, to: number) => {
    const { index, length } = originalRange(f, from, to);
    pushAt(rule, category, index, length);
  };
  const pushAt = (rule: string, category: ComplianceCategory, index: number, length: number) => {
    const variable = options.filled?.find((v) => v.index < index + length && index < v.index + v.length)?.name;
    found.push({ rule, category, index, length, match: text.slice(index, index + length), ...(variable ? { variable } : {}) });
  };
  const run = (patterns: readonly DefaultPattern[], f: Folded) => {
    for (const p of patterns) {
      p.pattern.lastIndex = 0;
      for (const m of f.text.matchAll(p.pattern)) {
        const [start, end] = m.indices?.groups?.hit ?? [m.index!, m.index! + m[0].length];
        const hit = f.text.slice(start, end);
        if (!hit.trim() || (p.accept && !p.accept(hit, f.text.slice(0, start)))) continue;
        // Trim the white space a pattern may have taken at its edges.
        push(p.name, p.category, f, start + (hit.length - hit.trimStart().length), start + hit.trimEnd().length);
      }
    }
  };

  if (options.builtIn !== false) {
    run(DEFAULT_PATTERNS, skeleton);
    run(DISTINCTIVE, letters);
    for (const n of spelt) if (n.digits >= 7 && n.digits <= 15) pushAt('phone', 'off-platform', n.index, n.length);
  }
  for (const phrase of phrasesFor(options.bannedPhrases, options.language)) {
    for (const at of phraseHits(skeleton, foldPhrase(phrase))) push(phrase, 'banned-phrase', skeleton, at[0], at[1]);
  }

  const violations = dedupe(found);
  return { ok: violations.length === 0, violations };
}

/** A pack phrase in the form it is looked for: the skeleton of the reply text. */
export const foldPhrase = (phrase: string): string => complianceViews(phrase).skeleton.text.trim();

function phrasesFor(banned: TextsByLanguage | undefined, language: string): string[] {
  if (!banned) return [];
  return [...(banned['*'] ?? []), ...(language !== '*' ? banned[language] ?? [] : [])].filter((p) => p.trim());
}

const WORDISH = /[\p{L}\p{N}]/u;
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Substring hits of a folded phrase. A phrase that begins or ends with a letter or digit of a
 * spaced script must stand as a whole word there ("line" does not hit "online"); Chinese and
 * Japanese have no word boundaries to keep.
 */
function phraseHits(f: Folded, phrase: string): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  if (!phrase) return hits;
  const guardStart = WORDISH.test(phrase[0]) && !SPACELESS.test(phrase[0]);
  const last = phrase[phrase.length - 1];
  const guardEnd = WORDISH.test(last) && !SPACELESS.test(last);
  for (let i = f.text.indexOf(phrase); i >= 0; i = f.text.indexOf(phrase, i + 1)) {
    const before = f.text[i - 1];
    const after = f.text[i + phrase.length];
    if (guardStart && before && WORDISH.test(before)) continue;
    if (guardEnd && after && WORDISH.test(after)) continue;
    hits.push([i, i + phrase.length]);
  }
  return hits;
}

/**
 * One finding per problem: the same span found twice (built-in and pack phrase, or both views),
 * overlapping hits of one rule (two phone patterns), or a hit inside a longer one of the same
 * category (the domain of an e-mail address) keep only the first or longer one. Ordered by position.
 */
function dedupe(list: Violation[]): Violation[] {
  const out: Violation[] = [];
  const byLength = [...list].sort((a, b) => b.length - a.length);
  for (const v of byLength) {
    const redundant = out.some(
      (o) =>
        (o.index === v.index && o.length === v.length) ||
        (o.rule === v.rule && o.index < v.index + v.length && v.index < o.index + o.length) ||
        (o.category === v.category && o.index <= v.index && v.index + v.length <= o.index + o.length),
    );
    if (!redundant) out.push(v);
  }
  return out.sort((a, b) => a.index - b.index || b.length - a.length);
}

export interface PackComplianceFlag {
  ruleId: string;
  language: string;
  replyIndex: number;
  reply: string;
  violations: Violation[];
}

/** Every reply in a pack that breaks the built-in rules or the pack's own banned phrases (flagged on import). */
export function packComplianceFlags(pack: Pick<Pack, 'rules' | 'bannedPhrases'>): PackComplianceFlag[] {
  const flags: PackComplianceFlag[] = [];
  for (const rule of pack.rules) {
    for (const [language, replies] of Object.entries(rule.replies)) {
      replies.forEach((reply, replyIndex) => {
        const r = checkCompliance(reply, { language, bannedPhrases: pack.bannedPhrases });
        if (!r.ok) flags.push({ ruleId: rule.id, language, replyIndex, reply, violations: r.violations });
      });
    }
  }
  return flags;
}
