import { describe, expect, it } from 'vitest';
import { libraryToPacks, packToJson, parsePackOrThrow, sharedPack, type Pack, type StoredPack } from '../../../lib/pack';
import { demoPack, fixturePack } from './helpers';

const reparse = (text: string): Pack => parsePackOrThrow(text, 'export.json');

function storedDemo(): StoredPack {
  const { rules, ...meta } = fixturePack('demo-core.pack.json');
  return {
    meta,
    rules: rules.map((rule, i) => ({
      ...rule,
      importedHash: 'r1-0000',
      packId: 'demo-core',
      updatedAt: 1,
      ...(i === 1 ? { learnedExamples: { en: ['where is my parcel'] } } : {}),
    })),
  };
}

describe('packToJson', () => {
  it('round-trips: parsing the export gives the same pack', () => {
    const raw = demoPack();
    raw.exportedBy = 'other tool';
    raw.rules[1].learnedExamples = { en: ['where is it'] };
    for (const pack of [fixturePack('demo-core.pack.json'), fixturePack('hint3-sofmattress-subset.pack.json'), reparse(JSON.stringify(raw))]) {
      expect(reparse(packToJson(pack))).toEqual(pack);
    }
  });

  it('is stable: key order of the input does not change the text', () => {
    const pack = fixturePack('demo-core.pack.json');
    const reversed = Object.fromEntries(Object.entries(pack).reverse()) as Pack;
    reversed.rules = pack.rules.map((r) => Object.fromEntries(Object.entries(r).reverse()) as Pack['rules'][number]);
    expect(packToJson(reversed)).toBe(packToJson(pack));
  });

  it('is pretty, puts format first and rules last, and ends with a newline', () => {
    const text = packToJson(fixturePack('demo-core.pack.json'));
    expect(text.startsWith('{\n  "format": "shopreply.pack",\n  "formatVersion": 1,\n  "id": "demo-core"')).toBe(true);
    expect(Object.keys(JSON.parse(text)).at(-1)).toBe('rules');
    expect(Object.keys(JSON.parse(text).rules[1])).toEqual(['id', 'kind', 'threshold', 'keywords', 'examples', 'replies']);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('sharing a pack and exporting the library', () => {
  it('a shared pack has no learned examples and no storage fields unless asked', () => {
    const pack = sharedPack(storedDemo());
    expect(pack).toEqual(fixturePack('demo-core.pack.json'));
    const withLearned = reparse(packToJson(sharedPack(storedDemo(), { includeLearned: true })));
    expect(withLearned.rules[1].learnedExamples).toEqual({ en: ['where is my parcel'] });
    expect(withLearned.rules[0]).not.toHaveProperty('learnedExamples');
    expect(withLearned.rules[1]).not.toHaveProperty('importedHash');
  });

  it('the library export carries learned examples by default, marked as learned', () => {
    const [pack] = libraryToPacks([storedDemo()]);
    expect(pack.rules[1].learnedExamples).toEqual({ en: ['where is my parcel'] });
    expect(pack.rules[1].examples).toEqual(fixturePack('demo-core.pack.json').rules[1].examples);
    expect(libraryToPacks([storedDemo()], { includeLearned: false })[0].rules[1]).not.toHaveProperty('learnedExamples');
  });

  it('an exported pack is a valid pack file', () => {
    const pack = libraryToPacks([storedDemo()])[0];
    expect(pack.format).toBe('shopreply.pack');
    expect(reparse(packToJson(pack))).toEqual(pack);
  });
});
