// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readConversation, toRuntimeProfile, validateSiteProfile, selectorCheckOf, type SiteProfile } from '../../../lib/sites';

const SITE = 'chat.example.com';

const page = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

function profileWith(conversationId?: unknown[]): SiteProfile {
  const r = validateSiteProfile(
    {
      format: 'shopreply.site-profile',
      formatVersion: 1,
      id: 'helpdesk',
      name: 'Helpdesk',
      version: '1',
      matches: ['https://chat.example.com/*'],
      selectors: {
        conversationCard: ['.inbox li'],
        activeConversationCard: ['.inbox li.is-open'],
        conversationName: ['.who'],
        headerBuyerName: ['header .customer'],
        messageCard: ['.msg'],
        buyerBubble: ['.msg--in'],
        composerTextarea: ['textarea'],
        sendButton: ['button.send'],
      },
      ...(conversationId ? { conversationId } : {}),
    },
    'helpdesk.json',
    selectorCheckOf(document),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return toRuntimeProfile(r.value);
}

const INBOX = `
  <ul class="inbox">
    <li data-ticket="T-1"><span class="who">Anna</span></li>
    <li class="is-open" data-ticket="T-2" data-conversation-key="c-77" id="row-2"><span class="who">Ben</span></li>
  </ul>
  <header><span class="customer">Ben Lee</span></header>`;

const idOf = (profile: SiteProfile, html: string, url = 'https://chat.example.com/inbox') =>
  readConversation(page(html), profile, SITE, url)?.conversationId;

describe('conversation id sources (site-profile-v1)', () => {
  it('reads an attribute of a role', () => {
    expect(idOf(profileWith([{ attribute: 'data-ticket', of: 'activeConversationCard' }]), INBOX)).toBe('chat.example.com|id:T-2');
  });

  it('reads a URL query parameter, and a capture group of the path', () => {
    const url = 'https://chat.example.com/inbox/t/9912?ticket=A-17';
    expect(idOf(profileWith([{ url: 'param', name: 'ticket' }]), INBOX, url)).toBe('chat.example.com|id:A-17');
    expect(idOf(profileWith([{ url: 'path', pattern: '/t/(\\d+)' }]), INBOX, url)).toBe('chat.example.com|id:9912');
  });

  it('takes the first source that gives a value, in order', () => {
    const profile = profileWith([{ url: 'param', name: 'ticket' }, { attribute: 'data-missing', of: 'activeConversationCard' }, { text: 'headerBuyerName' }]);
    expect(idOf(profile, INBOX, 'https://chat.example.com/inbox?ticket=Z9')).toBe('chat.example.com|id:Z9');
    expect(idOf(profile, INBOX, 'https://chat.example.com/inbox')).toBe('chat.example.com|name:Ben Lee');
  });

  it('marks a text source as a name, which two buyers can share', () => {
    const profile = profileWith([{ text: 'conversationName' }]);
    // conversationName lives in the active conversation card: Ben, not the first row's Anna.
    expect(idOf(profile, INBOX)).toBe('chat.example.com|name:Ben');
  });

  it('without sources, uses the spec default: id-like attributes of the active card, then the header name', () => {
    const profile = profileWith();
    // A conversation-like data attribute first, then any data-…-id/-key, then the element's id.
    expect(idOf(profile, INBOX)).toBe('chat.example.com|id:T-2');
    const noTicket = INBOX.replace(' data-ticket="T-2"', '');
    expect(idOf(profile, noTicket)).toBe('chat.example.com|id:c-77');
    expect(idOf(profile, noTicket.replace(' data-conversation-key="c-77"', ''))).toBe('chat.example.com|id:row-2');
    const bare = `<ul class="inbox"><li class="is-open"><span class="who">Ben</span></li></ul><header><span class="customer">Ben Lee</span></header>`;
    expect(idOf(profile, bare)).toBe('chat.example.com|name:Ben Lee');
    expect(idOf(profile, '<ul class="inbox"><li class="is-open"><span class="who">Ben</span></li></ul>')).toBe('chat.example.com|name:Ben');
  });

  it('gives no conversation when no source has a value', () => {
    expect(idOf(profileWith([{ url: 'param', name: 'ticket' }]), INBOX)).toBeUndefined();
  });
});
