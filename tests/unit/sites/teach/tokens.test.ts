import { describe, expect, it } from 'vitest';
import { attributeRank, classKind, cssIdent, isBuildClass, isStableValue } from '../../../../lib/sites/teach';

describe('which class names a selector may lean on', () => {
  it('refuses class names written by build tools or at random', () => {
    for (const name of ['css-1x2y3z', 'css-1worhvw', 'sc-AxjAm', 'bZkfAO', 'hDQAmv', 'kNbFqO', '_3fG7x', 'jsx-123', 'a1b2c3d4', 'Button_root__a1B2c', 'jss-1a2b3', 'svelte-xyz123']) {
      expect(isBuildClass(name), name).toBe(true);
    }
  });
  it('keeps class names a person wrote: BEM, kebab, camelCase, utility classes', () => {
    for (const name of ['message', 'message--in', 'inbox__item--active', 'chatd-bubble-main--self', 'composer__send', 'chatMessage', 'MessageList', 'p-4', 'w-1/2', 'col-12', 'item2', 'h264']) {
      expect(isBuildClass(name), name).toBe(false);
    }
  });
  it('tells hover and focus classes apart: they say what the element is now, not what it is', () => {
    expect(classKind('is-hovered')).toBe('transient');
    expect(classKind('btn--focus')).toBe('transient');
    expect(classKind('message--in')).toBe('stable');
    expect(classKind('css-8h2k1p')).toBe('hashed');
  });
});

describe('which attributes a selector may lean on', () => {
  it('keeps data-*, aria-*, role, name, placeholder, contenteditable; data first, words of the page last', () => {
    expect(attributeRank('data-qa', 'composer')).toBe(0);
    expect(attributeRank('data-direction', 'inbound')).toBe(1);
    expect(attributeRank('role', 'textbox')).toBe(2);
    expect(attributeRank('aria-selected', 'true')).toBe(3);
    expect(attributeRank('name', 'reply')).toBe(4);
    expect(attributeRank('contenteditable', '')).toBe(4);
    expect(attributeRank('placeholder', 'Reply to customer')).toBe(5);
  });
  it('refuses ids of one item, references to other elements, generated values', () => {
    expect(attributeRank('data-message-id', 'm-50121')).toBeNull();
    expect(attributeRank('data-id', 'abc')).toBeNull();
    expect(attributeRank('aria-labelledby', 'title')).toBeNull();
    expect(attributeRank('data-state', '7f9c2ba4e88f827d')).toBeNull();
    expect(attributeRank('data-owner', ':r3:')).toBeNull();
    expect(attributeRank('style', 'color: red')).toBeNull();
    expect(isStableValue('550e8400-e29b-41d4-a716-446655440000')).toBe(false);
    expect(isStableValue('1701936000')).toBe(false);
    expect(isStableValue('Send message')).toBe(true);
  });
  it('escapes class names the page may use', () => {
    expect(cssIdent('md:flex')).toBe('md\\:flex');
    expect(cssIdent('w-1/2')).toBe('w-1\\/2');
    expect(cssIdent('2xl')).toBe('\\32 xl');
  });
});
