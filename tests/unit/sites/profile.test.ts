// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  ROLES,
  SiteProfileFileSchema,
  idKind,
  parseSiteProfileText,
  patternProblem,
  selectorCheckOf,
  tiktokShopProfile,
  tiktokShopProfileFile,
  toRuntimeProfile,
  validateSiteProfile,
} from '../../../lib/sites';
import { exampleProfile } from './example-profile';

const check = () => selectorCheckOf(document);

const valid = exampleProfile;

const problems = (value: unknown) => {
  const r = validateSiteProfile(value, 'p.json', check());
  return r.ok ? [] : r.problems.map((p) => ({ where: p.where, code: p.code, values: p.values }));
};

describe('site-profile-v1', () => {
  it("accepts the spec's own example, with defaults filled in the runtime form", () => {
    expect(problems(valid())).toEqual([]);
    const r = validateSiteProfile(valid(), 'p.json', check());
    if (!r.ok) throw new Error('refused');
    const runtime = toRuntimeProfile(r.value);
    expect(runtime.send).toBe('button');
    expect(runtime.selectors.orderId).toEqual([]);
    expect(runtime.required).toEqual(['messageCard', 'composer', 'sendButton']);
    expect(runtime.origin).toBe('imported');
    expect(idKind(runtime)).toBe('mixed');
  });

  it('keeps fields the product adds of its own (the spec forbids rejecting them)', () => {
    expect(problems({ ...valid(), notes: 'made by teaching' })).toEqual([]);
  });

  it('refuses an unknown role, naming it', () => {
    const p = valid();
    p.selectors.conversationList = ['.inbox'];
    expect(problems(p)).toEqual([{ where: 'selectors.conversationList', code: 'profile-unknown-role', values: { role: 'conversationList' } }]);
  });

  it('refuses a selector the browser would refuse, naming the role and the selector', () => {
    const p = valid();
    p.selectors.messageText = ['.msg__body', '..msg body'];
    expect(problems(p)).toEqual([{ where: 'selectors.messageText[1]', code: 'profile-bad-selector', values: { role: 'messageText', selector: '..msg body' } }]);
  });

  it('refuses a profile without the required roles', () => {
    const p = valid();
    delete p.selectors.messageCard;
    delete p.selectors.composerEditable;
    delete p.selectors.buyerBubble;
    delete p.selectors.sellerBubble;
    delete p.selectors.sendButton;
    expect(problems(p).map((x) => x.values?.roles)).toEqual(['messageCard', 'buyerBubble or sellerBubble', 'composerTextarea or composerEditable', 'sendButton']);
  });

  it('needs no send button when Enter sends', () => {
    const p = { ...valid(), send: 'enter' };
    delete p.selectors.sendButton;
    expect(problems(p)).toEqual([]);
    expect(problems({ ...valid(), send: 'click' })[0]).toMatchObject({ where: 'send', code: 'profile-bad-send' });
  });

  it('refuses patterns that reach every site, or plain http outside loopback', () => {
    expect(patternProblem('<all_urls>')).toBe('all-sites');
    expect(patternProblem('https://*/*')).toBe('all-sites');
    expect(patternProblem('*://*/*')).toBe('all-sites');
    expect(patternProblem('https://*.com/*')).toBe('all-sites');
    expect(patternProblem('http://chat.example.com/*')).toBe('http-not-loopback');
    expect(patternProblem('*://chat.example.com/*')).toBe('http-not-loopback');
    expect(patternProblem('file:///tmp/*')).toBe('bad-scheme');
    expect(patternProblem('https://chat.example.com')).toBe('bad-syntax');
    expect(patternProblem('https://chat.example.com/inbox/*')).toBeNull();
    expect(patternProblem('https://*.example.com/*')).toBeNull();
    expect(patternProblem('http://127.0.0.1/kits/*')).toBeNull();
    expect(patternProblem('http://localhost:5173/*')).toBeNull();
    expect(problems({ ...valid(), matches: ['https://ok.example/*', '<all_urls>'] })).toEqual([
      { where: 'matches[1]', code: 'profile-bad-pattern', values: { pattern: '<all_urls>', why: 'all-sites' } },
    ]);
  });

  it('refuses a newer format version with its own message, and a wrong format', () => {
    expect(problems({ ...valid(), formatVersion: 2 })).toEqual([{ where: 'formatVersion', code: 'newer-format', values: { value: 2, expected: 1 } }]);
    expect(problems({ ...valid(), format: 'shopreply.pack' })[0]).toMatchObject({ where: 'format', code: 'bad-format' });
  });

  it('checks id sources: roles, regex capture groups, unknown shapes', () => {
    expect(problems({ ...valid(), conversationId: [{ attribute: 'data-id', of: 'header' }] })[0]).toMatchObject({ where: 'conversationId[0]' });
    expect(problems({ ...valid(), conversationId: [{ url: 'path', pattern: '/t/\\d+' }] })[0]).toMatchObject({ where: 'conversationId[0].pattern', code: 'profile-bad-regex' });
    expect(problems({ ...valid(), conversationId: [{ url: 'path', pattern: '/t/(\\d+)' }] })).toEqual([]);
    expect(problems({ ...valid(), conversationId: [{ cookie: 'x' }] })[0]).toMatchObject({ where: 'conversationId[0]', code: 'profile-bad-id-source' });
  });

  it('names the line of a JSON syntax error', () => {
    const r = parseSiteProfileText('{\n  "format": "shopreply.site-profile",\n  "id": oops\n}', 'broken.json', check());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'broken.json', code: 'json-syntax', at: { line: 3 } });
  });

  it('refuses a hostile nesting before the schema walks it', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100; i++) deep = { a: deep };
    expect(problems({ ...valid(), extra: deep })[0]).toMatchObject({ code: 'too-deep' });
  });
});

describe('the TikTok Shop profile', () => {
  it('is a valid site-profile-v1 file whose every selector a browser accepts', () => {
    expect(problems(tiktokShopProfileFile)).toEqual([]);
    expect(SiteProfileFileSchema.safeParse(tiktokShopProfileFile).success).toBe(true);
    for (const role of ROLES) expect(tiktokShopProfile.selectors[role].length, role).toBeGreaterThan(0);
    expect(tiktokShopProfile.origin).toBe('built-in');
  });

  it('keeps the selectors the public automation code names as primaries', () => {
    const s = tiktokShopProfile.selectors;
    expect(s.conversationCard[0]).toBe('[data-testid="chat.chatroom.conversation_card"]');
    expect(s.conversationName[0]).toBe('[data-testid="chat.chatroom.conversation_card_username"]');
    expect(s.unreadBadge[0]).toBe('.p-badge-number');
    expect(s.messageCard[0]).toBe('[data-testid="chat.chatroom.message_card"]');
    expect(s.buyerBubble[0]).toBe('.chatd-bubble-main--other');
    expect(s.sellerBubble[0]).toBe('.chatd-bubble-main--self');
    expect(s.messageText[0]).toBe('.chatd-message-body-info-message pre');
    expect(s.sendButton[0]).toBe('#chat-input-send-button');
  });
});
