import { describe, expect, it } from 'vitest';
import { previewProfile, profileHealth, profileSites } from '../../../lib/sites/preview';
import { SiteProfileFileSchema, type SiteProfileFile } from '../../../lib/sites/profile-v1';
import { tiktokShopProfileFile } from '../../../lib/sites';
import { minimalExampleProfile } from './example-profile';

const helpdesk: SiteProfileFile = SiteProfileFileSchema.parse(minimalExampleProfile());

describe('the preview of an imported site profile', () => {
  it('a new profile: every role it names, its pages, send mode and id sources', () => {
    const p = previewProfile(helpdesk);
    expect(p.kind).toBe('new');
    expect(p.matches).toEqual(['https://chat.example.com/inbox/*']);
    expect(p.roles.map((r) => [r.role, r.before, r.after])).toEqual([
      ['messageCard', [], ['.thread > .msg']],
      ['buyerBubble', [], ['.msg--in']],
      ['composerEditable', [], ['.reply-box [contenteditable="true"]']],
      ['sendButton', [], ['.reply-box button.send']],
    ]);
    expect(p.send).toBe('button');
    expect(p.idKind).toBe('mixed');
    expect(p.defaultIdSources).toBe(false);
  });

  it('an update: only the roles that change, before and after, and the pages added and dropped', () => {
    const next = SiteProfileFileSchema.parse({
      ...helpdesk,
      version: '1.1.0',
      matches: ['https://chat.example.com/inbox/*', 'https://chat.example.com/archive/*'],
      selectors: { ...helpdesk.selectors, buyerBubble: ['.bubble-in', '.msg--in'], sendButton: undefined },
      send: 'enter',
    });
    const p = previewProfile(next, helpdesk);
    expect(p.kind).toBe('update');
    expect(p.previousVersion).toBe('1.0.0');
    expect(p.addedMatches).toEqual(['https://chat.example.com/archive/*']);
    expect(p.removedMatches).toEqual([]);
    expect(p.roles).toEqual([
      { role: 'buyerBubble', before: ['.msg--in'], after: ['.bubble-in', '.msg--in'] },
      { role: 'sendButton', before: ['.reply-box button.send'], after: [] },
    ]);
    expect([p.previousSend, p.send]).toEqual(['button', 'enter']);
  });

  it('the same file again changes nothing', () => {
    expect(previewProfile(helpdesk, helpdesk)).toMatchObject({ kind: 'same', roles: [], addedMatches: [], removedMatches: [] });
  });

  it('health: name-only, mixed and id profiles, and the default sources', () => {
    expect(profileHealth({ ...helpdesk, conversationId: [{ text: 'headerBuyerName' }] }).idKind).toBe('name');
    expect(profileHealth({ ...helpdesk, conversationId: [{ attribute: 'data-id', of: 'activeConversationCard' }] }).idKind).toBe('id');
    const defaults = profileHealth({ ...helpdesk, conversationId: undefined });
    expect(defaults).toMatchObject({ defaultIdSources: true, idKind: 'mixed' });
    expect(profileHealth(tiktokShopProfileFile).idKind).toBe('mixed');
  });

  it('the sites of a profile as the name-only setting names them', () => {
    expect(profileSites({ matches: ['https://chat.example.com/inbox/*', 'https://*.help.example.org/*', 'http://127.0.0.1:5555/x'] })).toEqual([
      'chat.example.com',
      'help.example.org',
      '127.0.0.1',
    ]);
  });
});
