import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackOrThrow } from '../../../lib/pack/parse';
import { rulesFromPack } from '../../../lib/match/pack';
import { MODEL_VERSION, createMatcher, loadMatcher } from '../../../lib/match';
import { IntentClassifier, classifierFeatures } from '../../../lib/match/classifier';
import { DEFAULT_SETTINGS, matcherSettings } from '../../../lib/match/settings';
import { analyze, charGramCounts, documentTerms, modelWords, NEGATION_MARK } from '../../../lib/match/features';
import { IntentModel } from '../../../lib/match/model';
import { rule } from './helpers';

const C = DEFAULT_SETTINGS.classifier;

// Order-support rules whose examples share "order", "purchase" and order numbers: only a few
// words tell them apart, and the nearest example is often the other rule's.
const cancel = rule({
  id: 'cancel_order',
  examples: {
    en: [
      'cancelling order 113542617735902',
      'assistance cancelling purchase 732201349959',
      'I need help canceling purchase 732201349959',
      'canceling order 113542617735902',
      'I want to cancel my order',
    ],
  },
});
const change = rule({
  id: 'change_order',
  examples: {
    en: [
      'I would like to modify order 113542617735902, I need help with it please',
      'I want help to edit the items of my order 00123842 before it ships out',
      'add something to order 3707955617',
      'I have to change the address on order 3707955617 please',
      'swap an article of my order',
    ],
  },
});
const track = rule({
  id: 'track_order',
  examples: { en: ['where is my order 3707955617', 'track purchase 00123842', 'status of order 732201349959'] },
});
const rules = [cancel, change, track];

function features(text: string): Map<string, number> {
  const words = modelWords(analyze(text).words);
  return classifierFeatures(documentTerms(words), charGramCounts(words));
}

describe('intent classifier', () => {
  it('a word that only one rule uses decides, though the nearest example is another rule’s', () => {
    // Bitext: "modify purchase N" is closest, word for word, to "assistance cancelling purchase N".
    const bitext = rulesFromPack(parsePackOrThrow(readFileSync('tests/fixtures/benchmarks/bitext-en.pack.json', 'utf8'), 'bitext'));
    const probes = ['modify purchase 3707955617', 'updating order 732201349959'];
    // Without concept terms: "modify" and "change" are one concept, which would decide too.
    const noConcepts = matcherSettings({ features: { conceptWeight: 0 } });
    const top = (settings = noConcepts) => {
      const m = createMatcher(bitext, settings);
      return probes.map((text) => m.match({ text }).suggestions[0]?.ruleId);
    };
    expect(top()).toEqual(['change_order', 'change_order']);
    expect(top(matcherSettings({ classifier: { on: false } }, noConcepts))).toEqual(['cancel_order', 'cancel_order']);
  }, 60_000);

  it('learns a new example at once: its rule becomes the likeliest for it', () => {
    const m = new IntentModel();
    for (const r of rules) for (const t of r.examples!.en) m.add(r.id, t, 'en', false);
    m.train();
    expect(m.hasClassifier).toBe(true);
    const text = 'please stop order 3707955617 i changed my mind';
    const rank = () => m.search(analyze(text).words).map((h) => m.ruleIds[h.rule]);
    expect(rank()[0]).not.toBe('track_order');
    const likeliest = () => {
      const p = Array.from(IntentClassifier.fromJSON(m.toJSON().classifier!, C).probabilities(features(text)));
      return m.ruleIds[p.indexOf(Math.max(...p))];
    };
    expect(likeliest()).not.toBe('track_order');
    m.add('track_order', text, 'en', true);
    expect(rank()[0]).toBe('track_order');
    // The classifier itself was taught, not only the nearest-example index.
    expect(likeliest()).toBe('track_order');
  });

  it('gives probabilities that sum to one and survive a JSON round trip', () => {
    const samples = rules.flatMap((r, label) => r.examples!.en.map((t) => ({ label, features: features(t) })));
    const c = IntentClassifier.train(samples, rules.length, C)!;
    const p = c.probabilities(features('edit my order'));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Array.from(p).indexOf(Math.max(...p))).toBe(1);
    const back = IntentClassifier.fromJSON(JSON.parse(JSON.stringify(c.toJSON())), C);
    expect(Array.from(back.probabilities(features('edit my order')))).toEqual(Array.from(p));
    expect(() => IntentClassifier.fromJSON({ ...c.toJSON(), bias: [1] }, C)).toThrow(/inconsistent/);
  });

  it('is not trained for a library too big to train quickly; matching still works', () => {
    const m = createMatcher(rules, matcherSettings({ classifier: { maxWork: 10 } }));
    expect(m.toJSON().model.classifier).toBeUndefined();
    expect(m.match({ text: 'where is my order 3707955617' }).suggestions[0]?.ruleId).toBe('track_order');
  });

  it('is saved with the cached model, and a cache from before it is rebuilt', () => {
    const a = createMatcher(rules);
    const json = JSON.parse(JSON.stringify(a.toJSON()));
    expect(json.version).toBe(MODEL_VERSION);
    expect(json.model.classifier.classes).toBe(3);
    const text = 'modify purchase 3707955617';
    expect(loadMatcher(rules, json).match({ text })).toEqual(a.match({ text }));
    // A version-2 cache (no classifier) is not trusted: the matcher retrains.
    const old = { ...json, version: 2, model: { ...json.model, classifier: undefined } };
    expect(loadMatcher(rules, old).toJSON().model.classifier).toBeDefined();
  });
});

describe('negation', () => {
  it('marks negated messages in every script', () => {
    for (const text of ['I did not get it', 'no puedo pagar, nunca llegó', 'não chegou', 'ça ne marche pas', 'kommt nicht an', '快递没到', '届かない', '배송이 안 와요 못 받았어요']) {
      expect(modelWords(analyze(text).words), text).toContain(NEGATION_MARK);
    }
    for (const text of ['where is my order', 'order no 12345', 'quiero pagar', '快递到哪了']) {
      expect(modelWords(analyze(text).words), text).not.toContain(NEGATION_MARK);
    }
  });

  it('a problem ("cannot order pillows") goes to the problem rule, not to the wish', () => {
    const buy = rule({ id: 'buy_pillows', examples: { en: ['I want to order pillows', 'can I buy pillows', 'pillows price', 'do you sell pillows'] } });
    const problem = rule({
      id: 'order_problem',
      examples: { en: ['I am not able to pay', 'I cannot order', 'the order does not go through', 'unable to checkout', 'it does not let me order'] },
    });
    const m = createMatcher([buy, problem]);
    expect(m.match({ text: 'cannot order pillows' }).suggestions[0]?.ruleId).toBe('order_problem');
    expect(m.match({ text: 'I want to buy pillows' }).suggestions[0]?.ruleId).toBe('buy_pillows');
  });
});
