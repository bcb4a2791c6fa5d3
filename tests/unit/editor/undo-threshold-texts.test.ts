import { describe, expect, it } from 'vitest';
import { emptyHistory, pushEdit, redone, takeRedo, takeUndo, undone } from '../../../lib/editor/undo';
import type { UndoEntry } from '../../../lib/db/edit';
import { percentToShare, shareToPercent } from '../../../lib/editor/threshold';
import { languageTabs, linesToList, withField, withLanguage } from '../../../lib/editor/texts';
import { checkRule } from '../../../lib/pack/rule-check';

const entry = (label: string): UndoEntry => ({ label, rules: [] });

describe('undo history', () => {
  it('undo then redo; a new edit clears redo', () => {
    let h = pushEdit(pushEdit(emptyHistory<UndoEntry>(), entry('a')), entry('b'));
    const u = takeUndo(h)!;
    expect(u.entry.label).toBe('b');
    h = undone(u.rest, entry('b-inverse'));
    expect(h.undo.map((e) => e.label)).toEqual(['a']);
    const r = takeRedo(h)!;
    expect(r.entry.label).toBe('b-inverse');
    h = redone(r.rest, entry('b'));
    expect(h.undo.map((e) => e.label)).toEqual(['a', 'b']);
    h = undone(takeUndo(h)!.rest, entry('x'));
    expect(pushEdit(h, entry('c')).redo).toEqual([]);
    expect(takeUndo(emptyHistory())).toBeUndefined();
  });

  it('keeps at most the limit', () => {
    let h = emptyHistory<UndoEntry>();
    for (let i = 0; i < 5; i++) h = pushEdit(h, entry(String(i)), 3);
    expect(h.undo.map((e) => e.label)).toEqual(['2', '3', '4']);
  });
});

describe('threshold as a percentage', () => {
  it('converts both ways without float noise', () => {
    expect(shareToPercent(0.85)).toBe(85);
    expect(shareToPercent(0.875)).toBe(87.5);
    expect(percentToShare('85')).toBe(0.85);
    expect(percentToShare('88 %')).toBe(0.88);
    expect(percentToShare('87,5')).toBe(0.875);
    expect(percentToShare(100)).toBe(1);
  });
  it('refuses what is not a percentage in (0, 100]', () => {
    for (const bad of ['0', '101', 'abc', '', '-5']) expect(percentToShare(bad)).toBeUndefined();
  });
});

describe('texts by language', () => {
  it('lines become a trimmed list; an empty list drops the language', () => {
    expect(linesToList(' a \r\n\n b ')).toEqual(['a', 'b']);
    expect(withLanguage({ en: ['x'] }, 'zh', ['y'])).toEqual({ en: ['x'], zh: ['y'] });
    expect(withLanguage({ en: ['x'] }, 'en', [])).toBeUndefined();
  });
  it('empty fields are left out', () => {
    const rule = { id: 'r', kind: 'welcome' as const, replies: { en: ['Hi'] }, title: 'T' };
    expect(withField(rule, 'title', '')).not.toHaveProperty('title');
    expect(withField(rule, 'skus', ['A'])).toMatchObject({ skus: ['A'] });
  });
  it('tabs: the eight languages, then others used, then *', () => {
    expect(languageTabs(['it', 'en', '*'], true)).toEqual(['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko', 'it', '*']);
    expect(languageTabs([], false)).toHaveLength(8);
  });
});

describe('rule check', () => {
  it('names the field and the unknown variable', () => {
    expect(checkRule({ id: 'r', kind: 'welcome', replies: { en: ['Hi {order_number}'] } })).toEqual([
      { field: 'replies.en[0]', variable: 'order_number', message: 'uses the unknown variable {order_number}' },
    ]);
    expect(checkRule({ id: 'r', kind: 'welcome', replies: { en: [] } })[0].field).toBe('replies.en');
  });
});
