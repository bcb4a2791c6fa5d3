import { featuresOf, commonFeatures, commonAncestor, proposeForMany, proposeForOne, rank, type Candidate, type Feature } from './propose';

/**
 * The message list from two picked messages, one the buyer's and one the shop's: the cards are the
 * children of the nearest element that holds both, and what differs between the two cards tells
 * the buyer's messages from the shop's.
 */
export interface PickedMessages {
  /** The nearest element holding both picks: the list of cards. */
  list: Element;
  buyerCard: Element;
  sellerCard: Element;
  /** Every card of the list: the list's children shaped like the picked two. */
  cards: Element[];
  /**
   * Every card of the page: elements shaped like the picked two anywhere (a list grouped by day
   * holds cards in several groups); the list's cards when the two share no class or attribute.
   */
  allCards: Element[];
}

const childOn = (list: Element, el: Element): Element => {
  let at = el;
  while (at.parentElement && at.parentElement !== list) at = at.parentElement;
  return at;
};

/** The cards of two picked messages, or null when both picks are in one card (or one holds the other). */
export function pickedMessages(buyerPick: Element, sellerPick: Element): PickedMessages | null {
  const list = commonAncestor([buyerPick, sellerPick]);
  if (!list || list === buyerPick || list === sellerPick) return null;
  const buyerCard = childOn(list, buyerPick);
  const sellerCard = childOn(list, sellerPick);
  // Siblings of the same tag that carry what both cards carry (a "load older" line does not).
  const shared = commonFeatures([buyerCard, sellerCard]).filter((f) => f.kind === 'class' || f.kind === 'hashed' || f.kind === 'attribute');
  const sharedNames = buyerCard.getAttributeNames().filter((n) => n !== 'class' && n !== 'style' && sellerCard.hasAttribute(n));
  const cards = Array.from(list.children).filter(
    (c) =>
      c.localName === buyerCard.localName &&
      shared.every((f) => safeMatches(c, f.selector)) &&
      sharedNames.every((n) => c.hasAttribute(n)),
  );
  const root = list.ownerDocument;
  const shape = `${buyerCard.localName}${shared.map((f) => f.selector).join('')}${sharedNames.map((n) => `[${n}]`).join('')}`;
  let allCards = cards;
  if (shared.length || sharedNames.length) {
    try {
      const found = Array.from(root.querySelectorAll(shape));
      if (cards.every((c) => found.includes(c))) allCards = found;
    } catch {
      allCards = cards;
    }
  }
  return { list, buyerCard, sellerCard, cards, allCards };
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Selectors of every message card: the common selector of the two picked cards, checked to find all cards. */
export function proposeCards(root: ParentNode, picked: PickedMessages): Candidate[] {
  return proposeForMany(root, [picked.buyerCard, picked.sellerCard], picked.allCards);
}

/** Selectors of the list that holds the cards (one element). */
export function proposeList(root: ParentNode, picked: PickedMessages): Candidate[] {
  return proposeForOne(root, picked.list);
}

/** Every feature of a card and of the elements in it, as selectors valid anywhere in the card. */
function subtreeFeatures(card: Element): Map<string, { feature: Feature; depth: number; name?: string }> {
  const out = new Map<string, { feature: Feature; depth: number; name?: string }>();
  const walk = (el: Element, depth: number) => {
    for (const f of featuresOf(el)) {
      if (f.selector.startsWith('#')) continue; // an id is one element's, never a kind of message
      if (!out.has(f.selector)) out.set(f.selector, { feature: f, depth, name: /^\[([^=]+)=/.exec(f.selector)?.[1] });
    }
    if (depth < 6) for (const child of Array.from(el.children)) walk(child, depth + 1);
  };
  walk(card, 0);
  return out;
}

/** Whether the selector marks the card as the spec reads an author role: the card itself, then inside it. */
export function marks(card: Element, selector: string): boolean {
  try {
    return card.matches(selector) || !!card.querySelector(selector);
  } catch {
    return false;
  }
}

export interface AuthorProposals {
  buyerBubble: Candidate[];
  sellerBubble: Candidate[];
}

/**
 * Selectors that mark one author's cards: what one picked card has (on itself or inside) and the
 * other has nowhere. `count` is how many cards of the list each marks. A difference with a partner
 * on the other card (the same attribute with another value, `msg--in` against `msg--out`) comes first.
 */
export function proposeAuthors(picked: PickedMessages): AuthorProposals {
  const buyer = subtreeFeatures(picked.buyerCard);
  const seller = subtreeFeatures(picked.sellerCard);
  const side = (own: typeof buyer, other: typeof buyer, ownCard: Element, otherCard: Element): Candidate[] => {
    const otherNames = new Set([...other.values()].map((o) => o.name).filter(Boolean));
    const otherBlocks = new Set([...other.keys()].map((k) => k.split('--')[0]));
    const raw: Feature[] = [];
    for (const [selector, { feature, depth, name }] of own) {
      if (other.has(selector)) continue;
      const partner = (name && otherNames.has(name)) || (selector.includes('--') && otherBlocks.has(selector.split('--')[0]));
      raw.push({ ...feature, score: feature.score + depth * 0.1 - (partner ? 1 : 0) });
    }
    const scored = raw
      .map((f) => ({ f, marked: picked.cards.filter((c) => marks(c, f.selector)) }))
      .filter(({ marked }) => marked.includes(ownCard) && !marked.includes(otherCard));
    // rank() counts on the page; the author roles count the cards they mark.
    const byCards = new Map(scored.map(({ f, marked }) => [f.selector, marked.length]));
    const fake = scored.map(({ f }) => f);
    return rank(picked.list, fake, [], [], 8)
      .map((c) => ({ ...c, count: byCards.get(c.selector) ?? 0, exact: (byCards.get(c.selector) ?? 0) < picked.cards.length }))
      .filter((c) => c.count > 0)
      .sort((a, b) => Number(b.exact) - Number(a.exact));
  };
  return {
    buyerBubble: side(buyer, seller, picked.buyerCard, picked.sellerCard),
    sellerBubble: side(seller, buyer, picked.sellerCard, picked.buyerCard),
  };
}

/**
 * Selectors of a message's text inside its card, from the elements picked in the two cards: the
 * first match in each card must be the picked element. None when a card itself was picked.
 */
export function proposeMessageText(picked: PickedMessages, buyerPick: Element, sellerPick: Element): Candidate[] {
  if (buyerPick === picked.buyerCard || sellerPick === picked.sellerCard) return [];
  const tag = buyerPick.localName === sellerPick.localName ? buyerPick.localName : '*';
  const common = commonFeatures([buyerPick, sellerPick]).filter((f) => !f.selector.startsWith('#'));
  const raw: Feature[] = [{ selector: tag, kind: 'structure', score: 12 }, ...common, ...common.map((f) => ({ ...f, selector: `${tag}${f.selector}`, score: f.score + 0.05 }))];
  const firstIn = (card: Element, sel: string) => {
    try {
      return card.querySelector(sel);
    } catch {
      return null;
    }
  };
  const good = raw.filter((f) => firstIn(picked.buyerCard, f.selector) === buyerPick && firstIn(picked.sellerCard, f.selector) === sellerPick);
  const counts = new Map(good.map((f) => [f.selector, picked.cards.filter((c) => firstIn(c, f.selector)).length]));
  return rank(picked.list, good, [], [], 6).map((c) => ({ ...c, count: counts.get(c.selector) ?? 0, exact: true }));
}
