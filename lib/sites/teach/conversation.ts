import type { IdSource } from '../profile-v1';
import { isPerItemAttribute } from './tokens';
import { featuresOf, rank, type Candidate, type Feature } from './propose';

/**
 * The open conversation: which card of the conversation list is the active one, and where its id
 * comes from (site-profile-v1's id sources).
 */

const idName = /^data-.*(conversation|chat|thread|ticket|room|session|dialog)|^data-(.+[-_])?(id|key|uuid)$/i;

/**
 * Selectors of the active conversation card: what the picked card has and its siblings (the other
 * conversations) do not — `aria-selected="true"`, `is-active` — after what they all share, so it
 * finds whichever conversation is open, not this one. Ids of one conversation are left out.
 */
export function proposeActiveCard(root: ParentNode, active: Element): { active: Candidate[]; all: Candidate[] } {
  const siblings = counterparts(active);
  const own = featuresOf(active).filter((f) => !f.selector.startsWith('#') && !isPerItemAttribute(/^\[([^=]+)=/.exec(f.selector)?.[1] ?? '') && !idName.test(/^\[([^=]+)=/.exec(f.selector)?.[1] ?? ''));
  const has = (el: Element, sel: string) => {
    try {
      return el.matches(sel);
    } catch {
      return false;
    }
  };
  const shared = own.filter((f) => siblings.every((s) => has(s, f.selector)));
  const distinct = own.filter((f) => !siblings.some((s) => has(s, f.selector)));
  const tag = active.localName;
  const raw: Feature[] = [];
  for (const d of distinct) {
    raw.push({ ...d, selector: `${tag}${d.selector}`, score: d.score + 0.05 });
    for (const s of shared.slice(0, 3)) raw.push({ selector: `${s.selector}${d.selector}`, kind: d.kind === 'hashed' || s.kind === 'hashed' ? 'hashed' : d.kind, score: Math.max(s.score, d.score) });
  }
  const all: Feature[] = shared.map((s) => ({ ...s, selector: `${tag}${s.selector}`, score: s.score }));
  return {
    active: rank(root, raw, [active], [active]),
    all: rank(root, all, [active, ...siblings], [active, ...siblings]),
  };
}

/**
 * The other conversations' elements that correspond to `active`: its siblings of the same tag, or
 * when it is wrapped alone in a row (`li > div`), the element at the same place in the other rows.
 */
function counterparts(active: Element): Element[] {
  const path: number[] = [];
  let row: Element = active;
  while (row.parentElement && !Array.from(row.parentElement.children).some((c) => c !== row && c.localName === row.localName)) {
    path.unshift(Array.from(row.parentElement.children).indexOf(row));
    row = row.parentElement;
    if (path.length > 4) return [];
  }
  const rows = row.parentElement ? Array.from(row.parentElement.children).filter((c) => c !== row && c.localName === row.localName) : [];
  return rows
    .map((r) => path.reduce<Element | undefined>((at, i) => at?.children[i], r))
    .filter((c): c is Element => !!c && c.localName === active.localName);
}

/** One proposed id source with what it reads now; `name`: two buyers of one name share a conversation. */
export interface IdProposal {
  source: IdSource;
  value: string;
  kind: 'id' | 'name';
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A path part or a parameter that looks like a conversation's id, not a page name. */
const idLikeValue = (v: string) => /\d/.test(v) && v.length >= 2 && v.length <= 80;
const idLikeParam = /conv|chat|thread|ticket|room|session|dialog|^c?id$|^uid$|^sel$/i;

/**
 * Id sources per site-profile-v1, best first: a data attribute of the active conversation card,
 * a URL parameter or path part that looks like an id, and last the names (header, list), which
 * two buyers can share.
 */
export function proposeIdSources(input: { url: string; activeCard?: Element | null; headerName?: Element | null; conversationName?: Element | null }): IdProposal[] {
  const out: IdProposal[] = [];
  const card = input.activeCard;
  if (card) {
    const names = card.getAttributeNames().filter((n) => idName.test(n) && n !== 'data-testid' && (card.getAttribute(n) ?? '').trim());
    names.sort((a, b) => Number(!/conversation|chat|thread|ticket/.test(a)) - Number(!/conversation|chat|thread|ticket/.test(b)));
    for (const n of names) out.push({ source: { attribute: n, of: 'activeConversationCard' }, value: card.getAttribute(n)!.trim(), kind: 'id' });
  }
  let url: URL | undefined;
  try {
    url = new URL(input.url);
  } catch {
    url = undefined;
  }
  if (url) {
    for (const [name, value] of url.searchParams) {
      const v = value.trim();
      // A parameter named like one (ticket, conversation) or whose value looks like an id (c=cs-1001).
      const idLike = idLikeParam.test(name) || (/\d/.test(v) && /^[\w.:-]{3,64}$/.test(v));
      if (v && idLike) out.push({ source: { url: 'param', name }, value: v, kind: 'id' });
    }
    const parts = url.pathname.split('/');
    for (let i = parts.length - 1; i > 0; i--) {
      if (!idLikeValue(decodeURIComponent(parts[i]))) continue;
      const pattern = `^${parts.slice(0, i).map(escapeRegExp).join('/')}/([^/]+)`;
      out.push({ source: { url: 'path', pattern }, value: decodeURIComponent(parts[i]), kind: 'id' });
      break;
    }
  }
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text(input.headerName)) out.push({ source: { text: 'headerBuyerName' }, value: text(input.headerName), kind: 'name' });
  if (text(input.conversationName)) out.push({ source: { text: 'conversationName' }, value: text(input.conversationName), kind: 'name' });
  return out;
}
