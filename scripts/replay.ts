/**
 * Scores a phrase pack against replay cases (shared/spec/phrase-pack-v1.md, "Replay cases").
 *
 *   npx tsx scripts/replay.ts --pack PACK.json --cases CASES.jsonl [--json] [--learn] [--concept-weight W]
 *
 * --concept-weight sets the weight of the multilingual concept terms (settings.features.conceptWeight,
 * docs/concepts.md); 0 turns the concept layer off, for an on/off comparison.
 *
 * The last line of --json output is one JSON object: cases, accuracy, top1, top3, shown,
 * shownFirstRight (of the cases with suggestions, the first was right), autoSend and autoSendRight
 * (first suggestion at the default auto-send confidence, and how often it was right),
 * outOfScopeCorrect, language, byLanguage, msPerMessage; with --learn also learn: {taught,
 * firstHalf, secondHalf} (cases played in order, the agent's choice taught when the right rule
 * was not first; accuracy on each half). A malformed pack or case line fails with
 * the file, line or JSON path and what is wrong, exit code 1, and no score.
 */
import { readFileSync } from 'node:fs';
import { InputError, formatProblem } from '../lib/pack/errors';
import { parsePackText } from '../lib/pack/parse';
import { createMatcher } from '../lib/match/matcher';
import { rulesFromPack } from '../lib/match/pack';
import { DEFAULT_SETTINGS, matcherSettings } from '../lib/match/settings';
import { parseCases, replay, type CaseOutcome, type ReplaySummary } from './lib-bench/replay-core';

const USAGE = 'usage: npm run replay -- --pack PACK.json --cases CASES.jsonl [--json] [--learn] [--concept-weight W]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function args(argv: string[]): { pack: string; cases: string; json: boolean; learn: boolean; conceptWeight?: number } {
  let conceptWeight: number | undefined;
  let pack: string | undefined;
  let cases: string | undefined;
  let json = false;
  let learn = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--learn') learn = true;
    else if (a === '--concept-weight' || a.startsWith('--concept-weight=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      conceptWeight = Number(v);
      if (!v || !Number.isFinite(conceptWeight) || conceptWeight < 0) fail(`--concept-weight needs a number ≥ 0 (0: concepts off)\n${USAGE}`);
    }
    else if (a === '--pack' || a === '--cases') {
      const v = argv[++i];
      if (!v || v.startsWith('--')) fail(`${a} needs a file name\n${USAGE}`);
      if (a === '--pack') pack = v;
      else cases = v;
    } else if (a.startsWith('--pack=')) pack = a.slice(7);
    else if (a.startsWith('--cases=')) cases = a.slice(8);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument "${a}"\n${USAGE}`);
  }
  if (!pack || !cases) fail(`missing ${!pack ? '--pack' : '--cases'}\n${USAGE}`);
  return { pack, cases, json, learn, ...(conceptWeight !== undefined ? { conceptWeight } : {}) };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

function printTable(summary: ReplaySummary, outcomes: CaseOutcome[]): void {
  const rows: Array<[string, string]> = [
    ['cases', String(summary.cases)],
    ['accuracy', pct(summary.accuracy)],
    ['top1 (rule expected)', pct(summary.top1)],
    ['top3 (rule expected)', pct(summary.top3)],
    ['shown (cases with suggestions)', pct(summary.shown)],
    ['first suggestion right, when shown', pct(summary.shownFirstRight)],
    ['auto-send would send', pct(summary.autoSend)],
    ['auto-send right, when it sends', pct(summary.autoSendRight)],
    ['out of scope correct', pct(summary.outOfScopeCorrect)],
    ['language detected', pct(summary.language)],
    ['ms per message', summary.msPerMessage.toFixed(3)],
  ];
  if (summary.learn) {
    rows.push(['learned (agent choices taught)', String(summary.learn.taught)]);
    rows.push(['accuracy, first half', pct(summary.learn.firstHalf)]);
    rows.push(['accuracy, second half', pct(summary.learn.secondHalf)]);
    if (summary.learn.withoutLearning) {
      rows.push(['  without learning, first half', pct(summary.learn.withoutLearning.firstHalf)]);
      rows.push(['  without learning, second half', pct(summary.learn.withoutLearning.secondHalf)]);
    }
  }
  for (const [lang, b] of Object.entries(summary.byLanguage)) rows.push([`accuracy [${lang}] (${b.cases} cases)`, pct(b.accuracy)]);
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  const wrong = outcomes.filter((o) => !o.right);
  if (wrong.length) {
    console.log(`\n${wrong.length} cases went wrong:`);
    for (const o of wrong) {
      const got = o.result.suggestions.map((s) => `${s.ruleId} ${s.score.toFixed(2)}`).join(', ') || 'no suggestion';
      console.log(`  line ${o.c.line}: ${JSON.stringify(o.c.text)}\n    expected ${o.c.expect ?? 'no suggestion'}; got ${got}`);
    }
  }
}

function main(): void {
  const opts = args(process.argv.slice(2));
  const parsed = parsePackText(read(opts.pack), opts.pack);
  if (!parsed.ok) fail(parsed.problems.map(formatProblem).join('\n'));
  const rules = rulesFromPack(parsed.value);
  let cases;
  try {
    cases = parseCases(read(opts.cases), opts.cases, rules);
  } catch (e) {
    if (e instanceof InputError) fail(e.message);
    throw e;
  }
  const settings = opts.conceptWeight !== undefined ? matcherSettings({ features: { conceptWeight: opts.conceptWeight } }) : DEFAULT_SETTINGS;
  const matcher = createMatcher(rules, settings);
  const { summary, outcomes } = replay(matcher, cases, { learn: opts.learn });
  if (summary.learn) {
    // The same halves without learning, so that the gain is not confused with easier cases.
    const still = replay(createMatcher(rules, settings), cases).summary;
    summary.learn.withoutLearning = { firstHalf: still.halves[0], secondHalf: still.halves[1] };
  }
  if (opts.json) console.log(JSON.stringify(summary));
  else {
    printTable(summary, outcomes);
    console.log(`\n${JSON.stringify(summary)}`);
  }
}

main();
