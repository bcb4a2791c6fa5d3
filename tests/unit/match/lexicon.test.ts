import { afterEach, describe, expect, it } from 'vitest';
import { LEXICON_MARK, analyze, documentTerms, modelWords } from '../../../lib/match/features';
import { Lexicon, lexicon, setLexicon, type LexiconTable } from '../../../lib/match/lexicon';
import { DEFAULT_SETTINGS } from '../../../lib/match/settings';
import { createMatcher } from '../../../lib/match/matcher';
import { matcherSettings } from '../../../lib/match/settings';
import { rule } from './helpers';

// A table in the format scripts/lib-bench/lexicon-table.ts writes (ids: two base-62 digits into `emoji`).
const TABLE: LexiconTable = {
  source: 'test',
  emoji: '⏰ 🎵 🎶 🌧',
  keywords: {
    en: 'alarm 00|music 0102|song 0102|rain 03',
    fr: 'reveil 00|musique 0102|pluie 03',
    ko: '알람 00|음악 0102|비 03',
    zh: '闹钟 00|音乐 0102|下雨 03',
    ja: 'アラーム 00',
  },
};
afterEach(() => setLexicon(undefined));

describe('the shipped lexicon (CLDR emoji annotations)', () => {
  it('is on by default and links everyday words of the eight languages', () => {
    expect(DEFAULT_SETTINGS.features.lexiconWeight).toBeGreaterThan(0);
    const lex = lexicon()!;
    const ids = (w: string, script: 'cjk' | 'hangul' | 'other', lang: string) => new Set(lex.senses(w, script, lang).flatMap((s) => s.ids));
    const shared = (a: Set<number>, b: Set<number>) => [...a].some((x) => b.has(x));
    const rain = ids('rain', 'other', 'en');
    expect(rain.size).toBeGreaterThan(0);
    for (const [w, script, lang] of [['비', 'hangul', 'ko'], ['下雨', 'cjk', 'zh'], ['雨', 'cjk', 'ja'], ['pluie', 'other', 'fr'], ['regen', 'other', 'de'], ['lluvia', 'other', 'es'], ['chuva', 'other', 'pt']] as const) {
      expect(shared(rain, ids(w, script, lang)), w).toBe(true);
    }
    expect(shared(ids('music', 'other', 'en'), ids('음악을', 'hangul', 'ko'))).toBe(true);
    expect(shared(ids('weather', 'other', 'en'), ids('날씨가', 'hangul', 'ko'))).toBe(true);
    expect(shared(rain, ids('music', 'other', 'en'))).toBe(false);
  });
});

describe('the lexicon’s lookup', () => {
  const lex = new Lexicon(TABLE);
  it('finds Latin words by their stem in their language, Hangul words with particles, keywords inside CJK runs', () => {
    expect(lex.senses('alarms', 'other', 'en').map((s) => s.ids)).toEqual([[0]]);
    expect(lex.senses('musique', 'other', 'fr').map((s) => s.ids)).toEqual([[1, 2]]);
    expect(lex.senses('알람을', 'hangul', 'ko').map((s) => s.ids)).toEqual([[0]]);
    expect(lex.senses('明天会下雨吗', 'cjk', 'zh').map((s) => s.ids)).toEqual([[3]]);
    expect(lex.senses('table', 'other', 'en')).toEqual([]);
  });
});

describe('lexicon terms in the model', () => {
  const on = matcherSettings({ features: { lexiconWeight: 1 } });
  it('adds none without a table or with weight 0', () => {
    const terms = (s = on) => [...documentTerms(modelWords(analyze('set an alarm').words), 'en', s.features).keys()].filter((t) => t.startsWith(LEXICON_MARK));
    setLexicon(null);
    expect(terms()).toEqual([]);
    setLexicon(TABLE);
    expect(terms()).toEqual([`${LEXICON_MARK}0`]);
    expect(terms(matcherSettings({ features: { lexiconWeight: 0 } }))).toEqual([]);
  });

  // English examples; the buyer writes Korean. Ranking alone (no lead bar).
  const rules = [
    rule({ id: 'alarm', threshold: 0.0001, examples: { en: ['set an alarm for seven', 'wake me up with an alarm'] } }),
    rule({ id: 'music', threshold: 0.0001, examples: { en: ['play some music', 'put on my favourite song'] } }),
    rule({ id: 'weather', threshold: 0.0001, examples: { en: ['will it rain tomorrow', 'what is the weather like'] } }),
  ];
  const ranking = (w: number) => matcherSettings({ features: { lexiconWeight: w }, calibration: { leadAt: 0 } });
  it('lets words of two languages that name the same thing meet', () => {
    setLexicon(TABLE);
    const m = createMatcher(rules, ranking(1));
    expect(m.match({ text: '알람 맞춰줘' }).suggestions[0]?.ruleId).toBe('alarm');
    expect(m.match({ text: '음악 틀어줘' }).suggestions[0]?.ruleId).toBe('music');
    expect(m.match({ text: '明天会下雨吗' }).suggestions[0]?.ruleId).toBe('weather');
    const off = createMatcher(rules, ranking(0));
    expect(off.match({ text: '알람 맞춰줘' }).suggestions[0]?.ruleId).toBeUndefined();
  });

  it('does not count between a message and examples of its own language', () => {
    setLexicon(TABLE);
    // Without the lexicon in the classifier, an English library scores English messages exactly as without the lexicon.
    const withLex = createMatcher(rules, matcherSettings({ features: { lexiconWeight: 1, lexiconInClassifier: 0 } }));
    const without = createMatcher(rules, matcherSettings({ features: { lexiconWeight: 0, lexiconInClassifier: 0 } }));
    for (const text of ['play a song', 'is it going to rain', 'alarm at six please']) {
      expect(withLex.match({ text, language: 'en' }).suggestions.map((s) => [s.ruleId, s.score]), text).toEqual(
        without.match({ text, language: 'en' }).suggestions.map((s) => [s.ruleId, s.score]),
      );
    }
  });
});
