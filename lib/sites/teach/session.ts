import type { IdSource, Role, SendMode } from '../profile-v1';
import { proposeActiveCard, proposeIdSources, type IdProposal } from './conversation';
import type { TeachChoices } from './draft';
import { pickedMessages, proposeAuthors, proposeCards, proposeList, proposeMessageText } from './messages';
import { proposeForOne, type Candidate } from './propose';

/**
 * A teaching session as data: what the supervisor picked, one step at a time, what the product
 * proposes for each role from it, and the profile choices made of that.
 */
export const TEACH_STEPS = ['buyerMessage', 'sellerMessage', 'composer', 'sendButton', 'headerBuyerName', 'activeConversationCard'] as const;
export type TeachStep = (typeof TEACH_STEPS)[number];
/** Steps a profile cannot do without (the Send button unless the page sends with Enter). */
export const REQUIRED_STEPS: readonly TeachStep[] = ['buyerMessage', 'sellerMessage', 'composer', 'sendButton'];

export type TeachPicks = Partial<Record<TeachStep, Element>>;

export interface Proposals {
  roles: Partial<Record<Role, Candidate[]>>;
  ids: IdProposal[];
  /** The two picked messages are one card (or one holds the other): pick them again. */
  sameCard?: boolean;
}

/** The element a click on an icon or a word inside a control means: the button, the editor's root. */
export function pickTarget(step: TeachStep, el: Element): Element {
  if (step === 'sendButton') return el.closest('button, [role="button"], input[type="submit"], input[type="button"], a') ?? el;
  if (step === 'composer') {
    if (el.closest('textarea, input')) return el.closest('textarea, input')!;
    let root: Element | null = el.closest('[contenteditable]:not([contenteditable="false"])');
    while (root?.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) root = root.parentElement.closest('[contenteditable]:not([contenteditable="false"])');
    return root ?? el;
  }
  if (step === 'activeConversationCard') {
    const row = rowOf(el);
    if (row) {
      // A bare row that only wraps the conversation element (`<li><div class="conversation--active">`): that element.
      let at = row;
      while (at.attributes.length === 0 && at.children.length === 1 && at.firstElementChild!.contains(el) && at.firstElementChild!.attributes.length) at = at.firstElementChild!;
      return at;
    }
  }
  return el;
}

/** The composer's role: a textarea or input, or a contenteditable editor. */
export const composerRole = (el: Element): Role => (el.localName === 'textarea' || el.localName === 'input' ? 'composerTextarea' : 'composerEditable');

/** The row of a list holding `el`: the nearest ancestor-or-self with a sibling like it. */
export function rowOf(el: Element): Element | null {
  for (let at: Element | null = el; at?.parentElement; at = at.parentElement) {
    if (Array.from(at.parentElement.children).some((c) => c !== at && alike(c, at!))) return at;
  }
  return null;
}

/** Two rows of one list: the same tag, and a class or an attribute name in common (or neither has any). */
export function alike(a: Element, b: Element): boolean {
  if (a.localName !== b.localName) return false;
  const names = (el: Element) => el.getAttributeNames().filter((n) => n !== 'class' && n !== 'style');
  if (!a.classList.length && !b.classList.length && !names(a).length && !names(b).length) return true;
  return Array.from(a.classList).some((c) => b.classList.contains(c)) || names(a).some((n) => b.hasAttribute(n));
}

/** Every role's candidates from what was picked so far, on the page as it is now. */
export function proposeAll(doc: Document, picks: TeachPicks, url: string): Proposals {
  const roles: Proposals['roles'] = {};
  let sameCard = false;
  if (picks.buyerMessage && picks.sellerMessage) {
    const picked = pickedMessages(picks.buyerMessage, picks.sellerMessage);
    if (!picked) sameCard = true;
    else {
      roles.messageCard = proposeCards(doc, picked);
      const list = proposeList(doc, picked);
      // A list found only by its place on the page or a build hash is worse than none (the document).
      if (list[0]?.exact && (list[0].kind === 'attribute' || list[0].kind === 'class')) roles.messageList = list;
      const authors = proposeAuthors(picked);
      roles.buyerBubble = authors.buyerBubble;
      roles.sellerBubble = authors.sellerBubble;
      const text = proposeMessageText(picked, picks.buyerMessage, picks.sellerMessage);
      if (text.length) roles.messageText = text;
    }
  }
  if (picks.composer) roles[composerRole(picks.composer)] = proposeForOne(doc, picks.composer);
  if (picks.sendButton) roles.sendButton = proposeForOne(doc, picks.sendButton);
  if (picks.headerBuyerName) roles.headerBuyerName = proposeForOne(doc, picks.headerBuyerName);
  let activeCard: Element | null = null;
  if (picks.activeConversationCard) {
    const found = proposeActiveCard(doc, picks.activeConversationCard);
    if (found.active.length) {
      roles.activeConversationCard = found.active;
      activeCard = picks.activeConversationCard;
    }
    if (found.all.length) roles.conversationCard = found.all;
  }
  const ids = proposeIdSources({ url, activeCard, headerName: picks.headerBuyerName });
  return { roles, ids, ...(sameCard ? { sameCard } : {}) };
}

/**
 * The profile choices: per role the candidate the person took (the first when they took none),
 * and after it the next exact candidate of another kind as a fallback; the id sources ticked.
 */
export function choicesFrom(proposals: Proposals, taken: Partial<Record<Role, number>>, send: SendMode, ids?: readonly IdSource[]): TeachChoices {
  const selectors: TeachChoices['selectors'] = {};
  for (const [role, list] of Object.entries(proposals.roles) as [Role, Candidate[]][]) {
    if (!list.length || (role === 'sendButton' && send === 'enter')) continue;
    const first = list[Math.min(taken[role] ?? 0, list.length - 1)];
    const fallback = list.find((c) => c !== first && c.exact && first.exact && c.kind !== first.kind && c.count === first.count);
    selectors[role] = fallback ? [first.selector, fallback.selector] : [first.selector];
  }
  return { selectors, conversationId: [...(ids ?? proposals.ids.map((p) => p.source))], send };
}
