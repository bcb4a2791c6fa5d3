import { describe, expect, it } from 'vitest';
import { CONCEPT_MARK, analyze, documentTerms, modelWords, queryTerms } from '../../../../lib/match/features';
import { DEFAULT_SETTINGS, matcherSettings } from '../../../../lib/match/settings';
import { createMatcher, loadMatcher } from '../../../../lib/match/matcher';
import { Vocabulary } from '../../../../lib/match/vocabulary';
import { rule } from '../helpers';
import { CONCEPTS, CONCEPT_LANGUAGES } from '../../../../lib/match/concepts';
import { CONCEPT_SENTENCES } from './sentences';

const features = (w?: number) => (w === undefined ? DEFAULT_SETTINGS : matcherSettings({ features: { conceptWeight: w } })).features;
const docTerms = (text: string, w?: number) => [...documentTerms(modelWords(analyze(text).words), undefined, features(w)).keys()];
const msgTerms = (text: string, w?: number) => [...queryTerms(modelWords(analyze(text).words), new Vocabulary(), undefined, undefined, features(w)).keys()];
const withWeight = (w: number) => matcherSettings({ features: { conceptWeight: w } });
// Ranking alone: no lead bar either (a concept-only match in a 12-example English library is
// calibrated at p ≈ 0.1–0.2, under the lead bar; docs/concepts.md).
const rankingOnly = (w?: number) => matcherSettings({ calibration: { leadAt: 0 }, ...(w === undefined ? {} : { features: { conceptWeight: w } }) });

describe('concept terms in the model features', () => {
  it('gives an English example and a Spanish message the same concept term', () => {
    expect(DEFAULT_SETTINGS.features.conceptWeight).toBeGreaterThan(0);
    expect(docTerms('where is my refund')).toContain(`${CONCEPT_MARK}refund`);
    expect(msgTerms('¿dónde está mi reembolso?')).toContain(`${CONCEPT_MARK}refund`);
    expect(msgTerms('我的退款什么时候到账')).toContain(`${CONCEPT_MARK}refund`);
  });

  it('finds every concept through the model’s own text analysis, in every language', () => {
    // The concept tests read normalize(); this reads what the model reads (analyze, modelWords).
    for (const c of CONCEPTS) {
      for (const lang of CONCEPT_LANGUAGES) {
        const text = CONCEPT_SENTENCES[c.id][lang];
        expect(msgTerms(text), `[${lang}] ${text}`).toContain(`${CONCEPT_MARK}${c.id}`);
        expect(docTerms(text), `[${lang}] ${text}`).toContain(`${CONCEPT_MARK}${c.id}`);
      }
    }
  });

  it('adds none when the concept weight is 0', () => {
    expect(docTerms('where is my refund', 0).filter((t) => t.startsWith(CONCEPT_MARK))).toEqual([]);
    expect(msgTerms('¿dónde está mi reembolso?', 0).filter((t) => t.startsWith(CONCEPT_MARK))).toEqual([]);
  });

  it('is frozen: scripts cannot change the default', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.features)).toBe(true);
  });
});

// English examples only; buyers write in other languages. Thresholds near 0: ranking alone.
const rules = [
  rule({ id: 'refund', threshold: 0.0001, examples: { en: ['where is my refund', 'i still have not got my money back', 'how long does a refund take'] } }),
  rule({ id: 'tracking', threshold: 0.0001, examples: { en: ['where is my parcel', 'can you give me the tracking number', 'my order has not shipped yet'] } }),
  rule({ id: 'cancel', threshold: 0.0001, examples: { en: ['please cancel my order', 'i want to cancel', 'how do i cancel before it ships'] } }),
  rule({ id: 'size', threshold: 0.0001, examples: { en: ['what size should i get', 'do you have a size chart', 'does it run small'] } }),
];
const first = (weight: number | undefined, text: string) =>
  createMatcher(rules, rankingOnly(weight)).match({ text }).suggestions[0]?.ruleId;

describe('a library written in English answers other languages through concepts', () => {
  const messages: Array<[string, string]> = [
    ['¿dónde está mi reembolso?', 'refund'],
    ['je voudrais annuler ma commande', 'cancel'],
    ['물류 조회 부탁드려요 송장번호 알려주세요', 'tracking'],
    ['Welche Größe soll ich nehmen?', 'size'],
    ['退款什么时候到账', 'refund'],
  ];
  it('ranks the right rule first with the concept layer on (the default)', () => {
    for (const [text, want] of messages) expect(first(undefined, text), text).toBe(want);
  });
  it('does not with the layer off (so the layer is what answers them)', () => {
    const right = messages.filter(([text, want]) => first(0, text) === want);
    expect(right.length).toBeLessThanOrEqual(1);
  });
});

describe('model cache and the concept weight', () => {
  it('rebuilds a cached model made with another concept weight, reuses one made with the same', () => {
    const saved = JSON.parse(JSON.stringify(createMatcher(rules).toJSON()));
    expect(loadMatcher(rules, saved).fromCache).toBe(true);
    expect(loadMatcher(rules, saved, withWeight(0)).fromCache).toBe(false);
    const off = loadMatcher(rules, saved, withWeight(0));
    expect(off.match({ text: '¿dónde está mi reembolso?' }).suggestions[0]?.ruleId).not.toBe('refund');
  });
});

describe('a concept said in words the library knows (knownConceptShare)', () => {
  const vocab = new Vocabulary();
  for (const w of ['where', 'is', 'my', 'refund']) vocab.add(w);
  const concept = (text: string, share: number) =>
    queryTerms(modelWords(analyze(text).words), vocab, undefined, undefined, matcherSettings({ features: { knownConceptShare: share } }).features).get(`${CONCEPT_MARK}refund`);
  it('counts whole by default, and its share of the weight when set', () => {
    expect(concept('where is my refund', 1)).toBe(1);
    expect(concept('where is my refund', 0.5)).toBe(0.5);
    expect(concept('where is my refund', 0)).toBeUndefined();
  });
  it('counts whole when said in words the library lacks', () => {
    expect(concept('¿dónde está mi reembolso?', 0)).toBe(1);
    expect(concept('我的退款呢', 0)).toBe(1);
  });
});
