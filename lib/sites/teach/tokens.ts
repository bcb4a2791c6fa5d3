/**
 * Which parts of an element a selector can lean on and still find it after the page re-renders or
 * ships a new build: the judgement behind every proposal of lib/sites/teach.
 */

/** Class names written by CSS-in-JS and CSS-module tools: they change with each build of the page. */
const BUILD_CLASS = [
  /^css-[a-z0-9]+$/i, // emotion
  /^sc-[a-z0-9]+$/i, // styled-components' component id
  /^jsx-\d+$/, // styled-jsx
  /^svelte-[a-z0-9]+$/i,
  /^_(?=[a-z0-9_-]*\d)[a-z0-9_-]{4,}$/i, // minified CSS modules: _3fG7x
  /^[a-f0-9]{6,}$/i, // bare hex
];

/** A token that a person did not write: letters and digits mixed at random, or case switching mid-word. */
function randomLooking(part: string): boolean {
  if (part.length >= 5 && /\d/.test(part) && /[a-z]/i.test(part) && !/^[a-z]+\d{1,2}$/i.test(part)) return true;
  // Mixed case that is not camelCase or PascalCase words (chatMessage, MessageList): bZkfAO, hDQAmv.
  return /[a-z]/.test(part) && /[A-Z]/.test(part) && part.length <= 10 && !/^[a-zA-Z][a-z0-9]*(?:[A-Z][a-z0-9]+)*$/.test(part);
}

/** Whether a class name looks written by a build tool (or at random) rather than by a person. */
export function isBuildClass(name: string): boolean {
  if (BUILD_CLASS.some((re) => re.test(name))) return true;
  // CSS modules: Button_root__a1B2c (a BEM element, block__element, has no digits or mixed case in its tail).
  const modules = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*__([a-z0-9_-]{5,})$/i.exec(name);
  if (modules && /\d|[a-z][A-Z]|[A-Z][a-z]/.test(modules[1]) && !/^[a-z]+(?:-[a-z]+)*$/.test(modules[1])) return true;
  // jss-1a2b3, mui-8f7x2a, Button-root-x9Kq2: a part no person would write.
  return name.split(/[-_]+/).some(randomLooking);
}

/** Classes that say what the element is now (hovered, focused), not what it is. */
const TRANSIENT_CLASS = /(^|[-_])(hover|hovered|focus|focused|focus-visible|active-descendant|pressed|dragging|animating|entering|leaving)$/i;

export type ClassKind = 'stable' | 'hashed' | 'transient';

export function classKind(name: string): ClassKind {
  if (TRANSIENT_CLASS.test(name)) return 'transient';
  return isBuildClass(name) ? 'hashed' : 'stable';
}

/** Attribute names that give each item its own value: a selector over them finds one item, never all. */
const PER_ITEM_NAME = /^data-(.+[-_])?(id|key|uuid|index|idx|item|row|offset|pos|position|ts|time|timestamp)$/i;

/** Attributes that point at other elements by id or hold a moment's state. */
const NOT_SELECTOR_ATTRIBUTES = new Set([
  'aria-activedescendant', 'aria-controls', 'aria-describedby', 'aria-labelledby', 'aria-owns', 'aria-flowto',
  'aria-details', 'aria-errormessage', 'aria-busy', 'aria-live', 'aria-hidden', 'aria-valuenow', 'aria-valuetext',
  'aria-setsize', 'aria-posinset', 'aria-rowindex', 'aria-colindex', 'data-state-hover', 'data-focus', 'data-hover',
]);

/** Attributes worth a selector, best first within the list: what the page says about itself. */
const NAMED_ATTRIBUTES = ['role', 'name', 'contenteditable', 'type', 'placeholder', 'title'];

/** A value a person or a designer wrote: not an id, a number, a date or a long random token. */
export function isStableValue(value: string): boolean {
  const v = value.trim();
  if (!v || v.length > 80) return false;
  if (/^\d[\d.:-]*$/.test(v)) return false; // numbers, times
  if (/^[0-9a-f]{8,}(-[0-9a-f]{4,})*$/i.test(v)) return false; // hex ids, uuids
  if (/^:r[0-9a-z]+:$/i.test(v) || /^radix-/.test(v)) return false; // React useId, Radix ids
  return !v.split(/[\s/_-]+/).some((part) => part.length >= 6 && /\d/.test(part) && /[a-z]/i.test(part) && randomLooking(part));
}

/** Whether an id attribute was written by a person (`chat-input-send-button`), not generated. */
export function isStableId(id: string): boolean {
  return isStableValue(id) && !/\d{3,}/.test(id) && !isBuildClass(id);
}

/**
 * How much an attribute says about what the element is, lower is better; null when it is no use
 * to a selector (ids of items, references to other elements, moment's state, generated values).
 * `text` marks values in the page's language (placeholder, aria-label): they survive a re-render
 * but not a change of language, so they come after the rest.
 */
export function attributeRank(name: string, value: string): number | null {
  if (NOT_SELECTOR_ATTRIBUTES.has(name) || name === 'style' || name === 'class' || name === 'id') return null;
  if (!isStableValue(value) && name !== 'contenteditable') return null;
  if (name === 'data-testid' || name === 'data-test' || name === 'data-qa' || name === 'data-cy') return 0;
  if (name.startsWith('data-')) return PER_ITEM_NAME.test(name) ? null : 1;
  if (name === 'role') return 2;
  if (name === 'aria-label' || name === 'placeholder' || name === 'title' || name === 'aria-placeholder') return 5;
  if (name.startsWith('aria-')) return 3;
  if (name === 'type') return 6; // says little: many buttons are type="button"
  const named = NAMED_ATTRIBUTES.indexOf(name);
  return named >= 0 ? 4 : null;
}

/** Per-item attribute names (`data-message-id`): told apart so the id sources can still use them. */
export const isPerItemAttribute = (name: string) => PER_ITEM_NAME.test(name);

/** A CSS identifier for a class name or an id (`md:flex` → `md\:flex`). */
export function cssIdent(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (/[a-zA-Z_\u00a0-\uffff-]/.test(ch) || (/\d/.test(ch) && i > 0 && !(i === 1 && name[0] === '-'))) out += ch;
    else if (/\d/.test(ch)) out += `\\3${ch} `;
    else out += `\\${ch}`;
  }
  return out;
}

/** A CSS string in double quotes. */
export function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

export const attributeSelector = (name: string, value: string) => `[${name}=${cssString(value)}]`;
