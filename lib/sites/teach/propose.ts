import { attributeRank, attributeSelector, classKind, cssIdent, isPerItemAttribute, isStableId } from './tokens';

/**
 * Selector proposals for picked elements: what the element says about itself (stable attributes),
 * class names a person wrote, the page's structure, and last build-hashed class names, each
 * checked against the page (how many elements it finds) and listed best first.
 */

/** What a selector leans on: the worst part decides (an attribute inside a hashed class is hashed). */
export type CandidateKind = 'attribute' | 'class' | 'structure' | 'hashed';

export interface Candidate {
  selector: string;
  /** Elements it finds on the page now. */
  count: number;
  kind: CandidateKind;
  /** It finds exactly the elements meant: the one picked, or every card of the list. */
  exact: boolean;
}

/** One part of a selector, scored: lower is sturdier. */
export interface Feature {
  selector: string;
  kind: CandidateKind;
  score: number;
}

const KIND_SCORE: Record<CandidateKind, number> = { attribute: 0, class: 4.5, structure: 10, hashed: 20 };
const KIND_ORDER: readonly CandidateKind[] = ['attribute', 'class', 'structure', 'hashed'];
/** The weaker of two kinds: a compound is as sturdy as its weakest part. */
const worse = (a: CandidateKind, b: CandidateKind): CandidateKind => (KIND_ORDER.indexOf(a) >= KIND_ORDER.indexOf(b) ? a : b);

/** The features of one element: its id, its useful attributes, its classes. */
export function featuresOf(el: Element): Feature[] {
  const out: Feature[] = [];
  if (el.id && isStableId(el.id)) out.push({ selector: `#${cssIdent(el.id)}`, kind: 'attribute', score: 0.5 });
  for (const name of el.getAttributeNames()) {
    const value = el.getAttribute(name) ?? '';
    const rank = attributeRank(name, value);
    if (rank === null) continue;
    out.push({ selector: attributeSelector(name, value), kind: 'attribute', score: rank });
  }
  // That an element carries a data or ARIA attribute at all is as stable as its value, and holds for
  // every card even where the value is each card's own (`[data-message-id]`).
  for (const name of el.getAttributeNames()) {
    if (!/^(data|aria)-[a-z0-9-]+$/.test(name) || attributeRank(name, 'x') === null && !isPerItemAttribute(name)) continue;
    out.push({ selector: `[${name}]`, kind: 'attribute', score: (attributeRank(name, 'x') ?? 1) + 0.5 });
  }
  for (const name of Array.from(el.classList)) {
    const kind = classKind(name);
    if (kind === 'transient') continue;
    out.push({ selector: `.${cssIdent(name)}`, kind: kind === 'stable' ? 'class' : 'hashed', score: KIND_SCORE[kind === 'stable' ? 'class' : 'hashed'] });
  }
  return out;
}

/** Features every element of the list has (same attribute value, same class). */
export function commonFeatures(els: readonly Element[]): Feature[] {
  const [first, ...rest] = els;
  if (!first) return [];
  return featuresOf(first).filter((f) => rest.every((el) => featuresOf(el).some((g) => g.selector === f.selector)));
}

const tagOf = (el: Element) => el.localName.includes(':') ? '*' : cssIdent(el.localName);

/** Compounds of one element's features: alone, after its tag, and two together. */
function compounds(tag: string, features: readonly Feature[]): Feature[] {
  const out: Feature[] = [{ selector: tag, kind: 'structure', score: 12 }];
  const best = [...features].sort((a, b) => a.score - b.score).slice(0, 6);
  for (const f of best) {
    out.push(f);
    out.push({ ...f, selector: `${tag}${f.selector}`, score: f.score + 0.05 });
  }
  for (let i = 0; i < best.length; i++) {
    for (let j = i + 1; j < best.length; j++) {
      const score = Math.max(best[i].score, best[j].score) + 0.1;
      out.push({ selector: `${best[i].selector}${best[j].selector}`, kind: worse(best[i].kind, best[j].kind), score });
    }
  }
  return out;
}

/** The nearest element holding all of them (each itself when there is one). */
export function commonAncestor(els: readonly Element[]): Element | null {
  let anc: Element | null = els[0] ?? null;
  while (anc && !els.every((el) => anc!.contains(el))) anc = anc.parentElement;
  return anc;
}

/** `div:nth-of-type(2)` where the parent has more than one child of that tag, else `div`. */
function step(el: Element): string {
  const tag = tagOf(el);
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = Array.from(parent.children).filter((c) => c.localName === el.localName);
  return same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag;
}

function findAll(root: ParentNode, selector: string): Element[] | null {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return null;
  }
}

/** An ancestor's selector that finds it alone on the page: the anchor of a structural path. */
function anchorOf(root: ParentNode, el: Element): string | null {
  for (const f of featuresOf(el).filter((f) => f.kind === 'attribute').sort((a, b) => a.score - b.score)) {
    const sel = f.selector.startsWith('#') ? f.selector : `${tagOf(el)}${f.selector}`;
    if (findAll(root, sel)?.length === 1) return sel;
  }
  return null;
}

/**
 * A path of tags from the nearest ancestor the page names (an id, a stable attribute) or from
 * `body`, down to `parent`, then `> tag` (every child of that tag) or the one child.
 */
function structuralPath(root: ParentNode, parent: Element, last: string): string | null {
  const steps: string[] = [];
  let at: Element | null = parent;
  while (at) {
    if (at.localName === 'body' || at.localName === 'html') {
      steps.unshift(at.localName);
      break;
    }
    const anchor = anchorOf(root, at);
    if (anchor) {
      steps.unshift(anchor);
      break;
    }
    steps.unshift(step(at));
    at = at.parentElement;
    if (steps.length > 12) return null;
  }
  return [...steps, last].join(' > ');
}

const sameSet = (a: readonly Element[], b: readonly Element[]) => a.length === b.length && a.every((el) => b.includes(el));

interface Scored extends Candidate {
  score: number;
}

/** Checks selectors on the page: kept when they find every example; sorted best first. */
export function rank(root: ParentNode, raw: readonly Feature[], examples: readonly Element[], meant: readonly Element[], limit = 8): Candidate[] {
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const f of raw) {
    if (seen.has(f.selector)) continue;
    seen.add(f.selector);
    const found = findAll(root, f.selector);
    if (!found || !examples.every((el) => found.includes(el))) continue;
    out.push({ selector: f.selector, count: found.length, kind: f.kind, exact: sameSet(found, meant), score: f.score });
  }
  out.sort((a, b) => Number(b.exact) - Number(a.exact) || a.score - b.score || a.count - b.count || a.selector.length - b.selector.length);
  return out.slice(0, limit).map(({ score: _, ...c }) => c);
}

/** Every selector worth checking for these elements (they share one role), with ancestors as context. */
function rawCandidates(root: ParentNode, examples: readonly Element[], many: boolean): Feature[] {
  const tag = examples.every((el) => el.localName === examples[0].localName) ? tagOf(examples[0]) : '*';
  const own = compounds(tag, commonFeatures(examples));
  const raw: Feature[] = [...own];
  // Context: the same compounds under an ancestor that the page names.
  const lca = commonAncestor(examples);
  let anc: Element | null = many ? lca?.parentElement ?? null : examples[0].parentElement;
  if (many && lca && !examples.includes(lca)) anc = lca;
  const plain = own.filter((f) => f.score < 20).slice(0, 8);
  for (let depth = 0; anc && depth < 8; depth++, anc = anc.parentElement) {
    if (anc.localName === 'body') break;
    const ancFeatures = featuresOf(anc).sort((a, b) => a.score - b.score).slice(0, 3);
    for (const a of ancFeatures) {
      for (const f of plain) {
        const score = Math.max(a.score, f.score) + 0.2 + depth * 0.02;
        raw.push({ selector: `${a.selector} ${f.selector}`, kind: worse(a.kind, f.kind), score });
      }
    }
  }
  // Structure: tags from a named ancestor, the fallback when nothing is named.
  const parent = examples[0].parentElement;
  if (parent && examples.every((el) => el.parentElement === parent)) {
    const last = many ? tag : examples.length === 1 ? step(examples[0]) : tag;
    const path = structuralPath(root, parent, last);
    if (path) raw.push({ selector: path, kind: 'structure', score: KIND_SCORE.structure + 1 });
  }
  return raw;
}

/** Selectors for one element (the composer, the Send button, the header's name): one found is best. */
export function proposeForOne(root: ParentNode, el: Element): Candidate[] {
  return rank(root, rawCandidates(root, [el], false), [el], [el]);
}

/** Selectors for a set of elements of one role (every message card), given the set they should find. */
export function proposeForMany(root: ParentNode, examples: readonly Element[], meant: readonly Element[]): Candidate[] {
  return rank(root, rawCandidates(root, examples, true), examples, meant);
}
