// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRole, readPage, requiredRoles, type KitProfile } from '../../e2e/kits/profile-oracle';

/**
 * The kit profile files (tests/fixtures/profiles/) against the committed captures of the kit pages,
 * read by the test's own oracle as site-profile-v1.md describes; and the invalid set, each file
 * broken in exactly the one way its name says. The product's schema has its own tests.
 */

// jsdom replaces the global URL, which node:fs does not take as a file URL: use plain paths.
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const profile = (file: string) => JSON.parse(readFileSync(join(FIXTURES, 'profiles', file), 'utf8')) as KitProfile;
const capture = (name: string) => {
  const html = readFileSync(join(FIXTURES, 'captures/kits', `${name}.html`), 'utf8');
  const url = /Captured from the kit chat page (\S+) /.exec(html)![1];
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
};

const ROLES = new Set([
  'messageList', 'messageCard', 'buyerBubble', 'sellerBubble', 'messageText', 'messageTime', 'conversationCard',
  'activeConversationCard', 'conversationName', 'unreadBadge', 'headerBuyerName', 'orderCard', 'productCard',
  'orderId', 'productName', 'sku', 'composerTextarea', 'composerEditable', 'sendButton',
]);

function isCss(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function patternAllowed(pattern: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m;
  const loopback = host === '127.0.0.1' || host === 'localhost';
  return scheme === 'https' || loopback;
}

/** Where a profile breaks the spec, as JSON paths; empty for a valid profile. */
function specProblems(p: KitProfile): string[] {
  const problems: string[] = [];
  if (p.format !== 'shopreply.site-profile') problems.push('format');
  if (p.formatVersion !== 1) problems.push('formatVersion');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(p.id)) problems.push('id');
  p.matches.forEach((m, i) => patternAllowed(m) || problems.push(`matches[${i}]`));
  for (const [role, selectors] of Object.entries(p.selectors)) {
    if (!ROLES.has(role)) problems.push(`selectors.${role}`);
    else selectors.forEach((s, i) => isCss(s) || problems.push(`selectors.${role}[${i}]`));
  }
  for (const alternatives of requiredRoles(p)) {
    if (!alternatives.some((r) => r in p.selectors)) problems.push(`selectors.${alternatives.join('|')}`);
  }
  if (p.send !== undefined && p.send !== 'button' && p.send !== 'enter') problems.push('send');
  return problems;
}

describe('the kit profiles', () => {
  it('keep the spec', () => {
    for (const file of ['chatscope.profile.json', 'lexical-virtuoso.profile.json', 'lexical-virtuoso-name-only.profile.json']) {
      expect(specProblems(profile(file)), file).toEqual([]);
    }
  });

  it('read the chatscope capture: conversation, buyer, messages, order values, composer and send button', () => {
    const { doc, url } = capture('chatscope');
    const read = readPage(doc, url, profile('chatscope.profile.json'));
    expect(read.conversationId).toBe('cs-1001');
    expect(read.headerBuyerName).toBe('Emily Carter');
    expect(read.activeName).toBe('Emily Carter');
    expect(read.conversationCount).toBe(4);
    expect(read.unread).toEqual(['', '', '1', '1']);
    expect(read.cards).toHaveLength(7);
    expect(read.cards.map((c) => c.side)).toEqual(['shop', 'buyer', 'shop', 'buyer', 'shop', 'buyer', 'buyer']);
    expect(read.cards.at(-1)).toEqual({ side: 'buyer', text: 'Can you confirm the address?', time: expect.stringMatching(/^\w{3} \d+, \d\d:\d\d$/) });
    expect(read.cards[0]).toEqual({ side: 'shop', text: 'It ships within 2 business days. (#1)', time: 'Nov 30, 17:54' });
    expect(read.values).toEqual({ orderId: '580012345678901', productName: 'Linen shirt, sand', sku: 'LS-SAND-M' });
    expect(read.composer?.getAttribute('contenteditable')).toBe('true');
    expect(read.sendButton?.tagName).toBe('BUTTON');
  });

  it('read the Lexical + Virtuoso capture: only the rendered rows, the id from the path, the Lexical editor', () => {
    const { doc, url } = capture('lexical');
    const p = profile('lexical-virtuoso.profile.json');
    const read = readPage(doc, url, p);
    expect(read.conversationId).toBe('t-201');
    expect(read.headerBuyerName).toBe('Maria Garcia');
    expect(read.unread).toEqual(['', '', '2', '']);
    expect(read.cards.length).toBeGreaterThan(5);
    expect(read.cards.length).toBeLessThan(40);
    expect(read.cards.at(-1)).toEqual({ side: 'buyer', text: 'Is there a discount for two items? (#320)', time: 'Nov 30, 17:59' });
    expect(read.cards.at(-2)?.side).toBe('shop');
    expect(read.composer?.getAttribute('data-lexical-editor')).toBe('true');
    expect(read.sendButton).toBeNull();
    // Without the path, the active card's attribute still tells the two Maria Garcias apart.
    expect(readPage(doc, 'http://127.0.0.1/kits/lexical/', p).conversationId).toBe('t-201');
    // By name only (the health test's profile), both Maria Garcias get the same id.
    expect(readPage(doc, url, profile('lexical-virtuoso-name-only.profile.json')).conversationId).toBe('Maria Garcia');
  });

  it('lose only the composer on the ?break=composer captures', () => {
    for (const [name, file] of [['chatscope-break-composer', 'chatscope.profile.json'], ['lexical-break-composer', 'lexical-virtuoso.profile.json']]) {
      const { doc, url } = capture(name);
      const p = profile(file);
      const read = readPage(doc, url, p);
      expect(read.composer, name).toBeNull();
      expect(read.cards.length, name).toBeGreaterThan(0);
      expect(read.headerBuyerName, name).toBeTruthy();
      expect(findRole(p, 'messageCard', doc).length, name).toBeGreaterThan(0);
    }
  });
});

describe('the invalid profiles', () => {
  const dir = join(FIXTURES, 'profiles/invalid');
  const expected: Record<string, string[]> = {
    'unknown-role.json': ['selectors.chatBubble'],
    'invalid-selector.json': ['selectors.messageCard[0]'],
    'invalid-fallback-selector.json': ['selectors.sendButton[1]'],
    'missing-message-card.json': ['selectors.messageCard'],
    'missing-bubbles.json': ['selectors.buyerBubble|sellerBubble'],
    'missing-composer.json': ['selectors.composerTextarea|composerEditable'],
    'missing-send-button.json': ['selectors.sendButton'],
    'all-urls.json': ['matches[0]'],
    'any-scheme-any-host.json': ['matches[0]'],
    'http-not-loopback.json': ['matches[0]'],
    'format-version-2.json': ['formatVersion'],
    'wrong-format.json': ['format'],
    'bad-id.json': ['id'],
    'bad-send.json': ['send'],
  };

  it('are each broken in exactly the one way their README names', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(expected).sort());
    for (const file of files) {
      const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as KitProfile;
      expect(specProblems(p), file).toEqual(expected[file]);
    }
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const file of files) expect(readme).toContain(`\`${file}\``);
  });
});
