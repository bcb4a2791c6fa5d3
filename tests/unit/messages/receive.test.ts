import { describe, expect, it } from 'vitest';
import { RequestSchema, TabRequestSchema } from '../../../lib/messages/protocol';
import { WORKER_CONTRACTS, TAB_CONTRACTS, type RequestInput } from '../../../lib/messages/contract';
import { receiveRequest, receiveTabRequest, senderKind, type MessageSender } from '../../../lib/messages/receive';

const self = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid' };
const contentScript: MessageSender = { id: self.id, url: 'https://seller-us.tiktok.com/chat/inbox/current', tab: { id: 7 } };
const popup: MessageSender = { id: self.id, url: `${self.origin}/popup.html` };
const optionsInTab: MessageSender = { id: self.id, url: `${self.origin}/options.html`, tab: { id: 8 } };
const otherExtension: MessageSender = { id: 'someoneelse', url: 'chrome-extension://someoneelse/page.html' };

const context = { conversationId: 'c1', skusInView: [] };
/** One valid request of every type the worker takes. */
const REQUESTS: { [K in keyof typeof WORKER_CONTRACTS]: RequestInput<K> } = {
  'buyer-message': { type: 'buyer-message', context, messageKey: 'k1', text: 'where is my order' },
  outcome: { type: 'outcome', conversationId: 'c1', messageKey: 'k1', outcome: 'accepted', ruleId: 'r', packId: 'p' },
  'seller-message': { type: 'seller-message', conversationId: 'c1', text: 'on its way' },
  'taken-over': { type: 'taken-over', conversationId: 'c1' },
  'auto-send-result': { type: 'auto-send-result', conversationId: 'c1', messageKey: 'k1', ruleId: 'r', packId: 'p', text: 'hi', result: 'sent' },
  'claim-auto-send': { type: 'claim-auto-send', conversationId: 'c1', messageKey: 'k1', ruleId: 'r', packId: 'p', text: 'hi' },
  'set-auto-send': { type: 'set-auto-send', conversationId: 'c1', enabled: true },
  'conversation-state': { type: 'conversation-state', conversationId: 'c1' },
  'list-phrases': { type: 'list-phrases' },
  try: { type: 'try', text: 'hi', context },
  'set-global-pause': { type: 'set-global-pause', paused: true },
  followups: { type: 'followups' },
  'training-status': { type: 'training-status' },
  // --- site profiles (issue 11, profiles) ---
  'site-profiles': { type: 'site-profiles' },
  'save-site-profile': { type: 'save-site-profile', profile: { format: 'shopreply.site-profile' } },
  'remove-site-profile': { type: 'remove-site-profile', id: 'example-helpdesk' },
  'site-profiles-for-page': { type: 'site-profiles-for-page', url: 'https://chat.example.com/inbox/1' },
  // teach (issue 11)
  'open-site-profile-draft': { type: 'open-site-profile-draft', profile: { format: 'shopreply.site-profile', formatVersion: 1 } },
  'load-teach-ui': { type: 'load-teach-ui' },
  // teachkit (issue 11)
  'teach-host-start': { type: 'teach-host-start', address: 'https://chat.example.com/inbox' },
  'teach-hosts': { type: 'teach-hosts' },
  'teach-host-cancel': { type: 'teach-host-cancel', id: 'shopreply-teach:https://chat.example.com' },
};

const allowed = (sender: MessageSender) =>
  Object.values(REQUESTS)
    .filter((r) => receiveRequest(r, sender, self).ok)
    .map((r) => r.type)
    .sort();

describe('who may send what to the worker', () => {
  it('tells our content script from our own pages by the browser-set url, not by the tab', () => {
    expect(senderKind(contentScript, self)).toBe('content-script');
    expect(senderKind(popup, self)).toBe('extension-page');
    expect(senderKind(optionsInTab, self)).toBe('extension-page');
    expect(senderKind(otherExtension, self)).toBeUndefined();
    // Another extension naming itself with our url is still another extension.
    expect(senderKind({ ...otherExtension, url: `${self.origin}/popup.html` }, self)).toBeUndefined();
    // Ours, but neither one of our pages nor in a tab: nobody we talk to.
    expect(senderKind({ id: self.id, url: 'https://example.com/' }, self)).toBeUndefined();
    expect(senderKind({ id: self.id }, self)).toBeUndefined();
  });

  it('a content script may report the chat and switch one conversation, never change the shop’s settings', () => {
    expect(allowed(contentScript)).toEqual(
      ['auto-send-result', 'buyer-message', 'claim-auto-send', 'conversation-state', 'list-phrases', 'load-teach-ui', 'open-site-profile-draft', 'outcome', 'seller-message', 'set-auto-send', 'site-profiles-for-page', 'taken-over', 'try'],
    );
    const refused = receiveRequest(REQUESTS['set-global-pause'], contentScript, self);
    expect(refused).toEqual({ ok: false, code: 'refused', error: '"set-global-pause" may not be sent from a content-script' });
  });

  it('our pages may change settings but not speak for a chat tab (learning comes from tabs only)', () => {
    const pageTypes = ['conversation-state', 'followups', 'list-phrases', 'open-site-profile-draft', 'remove-site-profile', 'save-site-profile', 'set-auto-send', 'set-global-pause', 'site-profiles', 'teach-host-cancel', 'teach-host-start', 'teach-hosts', 'training-status', 'try'];
    expect(allowed(popup)).toEqual(pageTypes);
    expect(allowed(optionsInTab)).toEqual(pageTypes);
    expect(receiveRequest(REQUESTS.outcome, popup, self)).toMatchObject({ ok: false, code: 'refused' });
  });

  it('another extension may send nothing', () => {
    expect(allowed(otherExtension)).toEqual([]);
  });

  it('a malformed or unknown message is refused, naming the field', () => {
    expect(receiveRequest({ type: 'set-auto-send', conversationId: 'c1' }, popup, self)).toEqual({
      ok: false,
      code: 'malformed',
      error: 'malformed message: enabled: Invalid input: expected boolean, received undefined',
    });
    expect(receiveRequest({ type: 'delete-everything' }, popup, self)).toMatchObject({ ok: false, code: 'malformed' });
  });

  it('every request type has exactly one contract, whose request schema is its member of the union', () => {
    const types = RequestSchema.options.map((o) => o.shape.type.value).sort();
    expect(Object.keys(WORKER_CONTRACTS).sort()).toEqual(types);
    expect(Object.keys(REQUESTS).sort()).toEqual(types);
    for (const [type, contract] of Object.entries(WORKER_CONTRACTS)) {
      expect(contract.request.safeParse(REQUESTS[type as keyof typeof REQUESTS]).success).toBe(true);
      const other = Object.values(REQUESTS).find((r) => r.type !== type)!;
      expect(contract.request.safeParse(other).success).toBe(false);
    }
    expect(Object.keys(TAB_CONTRACTS).sort()).toEqual(TabRequestSchema.options.map((o) => o.shape.type.value).sort());
  });
});

describe('who may ask a chat tab', () => {
  it('our popup may; the content script of another tab and other extensions may not', () => {
    expect(receiveTabRequest({ type: 'get-current' }, popup, self)).toMatchObject({ ok: true, message: { type: 'get-current' } });
    expect(receiveTabRequest({ type: 'insert', text: 'hi' }, popup, self)).toMatchObject({ ok: true, message: { override: false } });
    expect(receiveTabRequest({ type: 'insert', text: 'hi' }, contentScript, self)).toMatchObject({ ok: false, code: 'refused' });
    expect(receiveTabRequest({ type: 'get-current' }, otherExtension, self)).toMatchObject({ ok: false, code: 'refused' });
    expect(receiveTabRequest({ type: 'insert' }, popup, self)).toMatchObject({ ok: false, code: 'malformed' });
  });
});
