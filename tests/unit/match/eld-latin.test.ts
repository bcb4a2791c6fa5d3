import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eld as eldSmall } from 'eld/small';
import { detectEldLatin } from '../../../lib/match/eld-latin';

const eld = eldSmall.newInstance();
eld.setLanguageSubset(['en', 'es', 'pt', 'fr', 'de']);

const lines = (path: string, field: string) =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as Record<string, string>)[field]);

const texts = [
  ...lines('lang/chat-messages.jsonl', 'text'),
  ...lines('lang/chat-messages-heldout.jsonl', 'text'),
  ...lines('starter-cases.jsonl', 'text'),
  ...lines('benchmarks/bitext-en.cases.jsonl', 'text').slice(0, 300),
  ...lines('benchmarks/hint3-curekart.cases.jsonl', 'text').slice(0, 300),
  'hola', 'oi', 'ok', '12345', '', '   ', "don't", 'l’avez-vous reçu ?', 'Größe 42 bitte', 'ção', 'a'.repeat(500), 'très bien ' .repeat(80), '👍 thanks 👍',
];

describe('eld cut down to en/es/pt/fr/de', () => {
  it('answers exactly as eld/small restricted to those five languages', () => {
    let detected = 0;
    for (const text of texts) {
      const want = eld.detect(text);
      const got = detectEldLatin(text);
      expect({ text, language: got.language, scores: Object.fromEntries(got.scores), reliable: got.reliable }).toEqual({
        text,
        language: want.language,
        scores: want.getScores(),
        reliable: want.isReliable(),
      });
      // Same order of the scores, too.
      expect(got.scores.map(([l]) => l)).toEqual(Object.keys(want.getScores()));
      if (got.language) detected++;
    }
    expect(detected).toBeGreaterThan(texts.length / 2);
  });
});
