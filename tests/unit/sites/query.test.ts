// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { matchesAny, queryAllFirst, queryFirst, textOf } from '../../../lib/sites';

beforeEach(() => {
  document.body.innerHTML = `
    <ul><li class="a">one</li><li class="a">two</li><li class="b">three</li></ul>
    <p class="t">  hello\u00a0 world \n  next line  </p>`;
});

describe('queryFirst / queryAllFirst', () => {
  it('use the first selector that finds something, and never mix selectors', () => {
    expect(queryFirst(document, ['.missing', '.b', '.a'])?.textContent).toBe('three');
    expect(queryAllFirst(document, ['.missing', '.a', '.b']).map((e) => e.textContent)).toEqual(['one', 'two']);
  });

  it('skip a malformed selector instead of throwing', () => {
    expect(queryFirst(document, ['[[broken', '.b'])?.textContent).toBe('three');
    expect(queryAllFirst(document, ['li:nth-child(', '.b'])).toHaveLength(1);
    expect(matchesAny(document.querySelector('.b')!, ['::::', '.b'])).toBe(true);
  });

  it('return nothing when no selector matches', () => {
    expect(queryFirst(document, ['.x', '.y'])).toBeNull();
    expect(queryAllFirst(document, ['.x'])).toEqual([]);
  });
});

describe('textOf', () => {
  it('folds blank space but keeps line breaks', () => {
    expect(textOf(document.querySelector('.t'))).toBe('hello world\nnext line');
    expect(textOf(null)).toBe('');
  });
});
