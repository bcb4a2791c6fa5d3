import type { LibraryRule } from '../match/types';
import { pickSituational } from './situational';

export const MIN_WELCOME_VARIANTS = 3;

export interface ReadinessProblem {
  language: string;
  /** What is missing, for interfaces that say it in their own language. */
  code: 'no-greeting' | 'few-greetings' | 'no-offline';
  /** For few-greetings: how many replies the greeting has. */
  have?: number;
  /** The same in English words a supervisor understands. */
  problem: string;
}

export interface Readiness {
  pass: boolean;
  problems: ReadinessProblem[];
}

const NAMES: Record<string, string> = {
  zh: 'Chinese', en: 'English', es: 'Spanish', pt: 'Portuguese', fr: 'French', de: 'German', ja: 'Japanese', ko: 'Korean',
};
const nameOf = (code: string) => NAMES[code] ?? code;

/**
 * Is the shop ready to answer on its own in every language it serves? Each language needs a
 * greeting that rotates through at least three replies and an offline reply, written in that
 * language (the pack-default fallback does not count). Rules scoped to SKUs are left out: they
 * do not answer every buyer. Only the greeting rule that wins in a language rotates, so its own
 * variants are what counts.
 */
export function checkReadiness(rules: readonly LibraryRule[], servedLanguages: readonly string[]): Readiness {
  const general = rules.filter((r) => !r.skus?.length);
  const welcome = general.filter((r) => r.kind === 'welcome');
  const offline = general.filter((r) => r.kind === 'offline');
  const problems: ReadinessProblem[] = [];

  for (const language of [...new Set(servedLanguages)]) {
    const name = nameOf(language);
    const greet = pickSituational(welcome, language);
    if (!greet || greet.language !== language) {
      problems.push({ language, code: 'no-greeting', problem: `No greeting in ${name}: buyers who write in ${name} are not welcomed in their language. Add a welcome rule with at least ${MIN_WELCOME_VARIANTS} ${name} replies.` });
    } else if (greet.variants.length < MIN_WELCOME_VARIANTS) {
      problems.push({ language, code: 'few-greetings', have: greet.variants.length, problem: `The ${name} greeting ("${greet.rule.id}") has only ${greet.variants.length} ${greet.variants.length === 1 ? 'reply' : 'replies'}; add ${MIN_WELCOME_VARIANTS - greet.variants.length} more so returning buyers do not get the same words every time.` });
    }
    const off = pickSituational(offline, language);
    if (!off || off.language !== language) {
      problems.push({ language, code: 'no-offline', problem: `No offline reply in ${name}: buyers who write in ${name} outside working hours get no answer until someone is back. Add an offline rule with a ${name} reply.` });
    }
  }
  return { pass: problems.length === 0, problems };
}
