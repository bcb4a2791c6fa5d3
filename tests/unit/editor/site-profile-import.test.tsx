// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ShopReplyDB } from '../../../lib/db/database';
import { ImportPanel } from '../../../components/editor/ImportPanel';
import { EditorProvider } from '../../../components/editor/EditorContext';
import { I18nProvider } from '../../../components/editor/I18n';
import { createSiteProfileApi } from '../../../components/editor/site-profiles/api';
import type { StoredSiteProfileMessage } from '../../../lib/messages/protocol';
import { SiteProfileFileSchema, type SiteProfileFile } from '../../../lib/sites/profile-v1';
import { SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';
import { minimalExampleProfile } from '../sites/example-profile';

const helpdesk = { ...minimalExampleProfile(), conversationId: [{ url: 'param', name: 'ticket' }] };

let n = 0;
const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

/** The panel with a worker and a browser that record what they are asked, in order. */
function setup(grant: boolean) {
  const db = new ShopReplyDB(`site-profile-import-${++n}`);
  dbs.push(db);
  const calls: string[] = [];
  const stored: StoredSiteProfileMessage[] = [];
  const api = createSiteProfileApi(
    {
      list: async () => stored,
      save: async (profile: SiteProfileFile) => {
        calls.push(`save ${profile.id}`);
        stored.push({ profile: SiteProfileFileSchema.parse(profile), importedAt: 1 });
        return { id: profile.id, created: true };
      },
      remove: async () => ({ removed: true, released: [] }),
    },
    {
      manifestHosts: SELLER_CHAT_MATCHES,
      request: async (origins) => {
        calls.push(`request ${origins.join(' ')}`);
        return grant;
      },
      granted: async () => [],
    },
  );
  render(
    <I18nProvider language="en">
      <EditorProvider db={db} messages={{ saved: 'Saved', undone: (l) => `Undone ${l}` }}>
        <ImportPanel siteProfiles={api} />
      </EditorProvider>
    </I18nProvider>,
  );
  const choose = (name: string, value: unknown) =>
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([JSON.stringify(value)], name)] } });
  return { db, calls, choose };
}

describe('a site profile through the pack import panel', () => {
  it('is recognised by its format and previewed; Apply asks for the host first, then stores it', async () => {
    const { db, calls, choose } = setup(true);
    choose('helpdesk.json', helpdesk);
    const preview = await screen.findByTestId('shopreply.site-profile-preview');
    expect(preview.dataset.kind).toBe('new');
    expect(screen.getByTestId('shopreply.site-profile-preview-access').textContent).toBe('Apply asks your browser for access to https://chat.example.com/*.');
    expect(screen.queryByTestId('import-plan')).toBeNull();
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByTestId('import-apply'));
    expect((await screen.findByTestId('import-status')).textContent).toBe('Site profile "Example helpdesk chat" 1.0.0 saved.');
    expect(calls).toEqual(['request https://chat.example.com/*', 'save example-helpdesk']);
    // Not a pack: the library is untouched.
    expect(await db.packs.count()).toBe(0);
  });

  it('is still stored when the person refuses access, and says it has none yet', async () => {
    const { calls, choose } = setup(false);
    choose('helpdesk.json', helpdesk);
    fireEvent.click(await screen.findByTestId('import-apply'));
    expect((await screen.findByTestId('import-status')).textContent).toBe(
      'Site profile "Example helpdesk chat" 1.0.0 saved, without access to https://chat.example.com/* yet: allow it under Site profiles.',
    );
    expect(calls).toEqual(['request https://chat.example.com/*', 'save example-helpdesk']);
  });

  it('a bad one is refused whole with each problem and its JSON path, and nothing is asked or stored', async () => {
    const { calls, choose } = setup(true);
    choose('bad.json', { ...helpdesk, selectors: { ...helpdesk.selectors, chatBubble: ['.x'] } });
    await waitFor(() => expect(screen.getAllByTestId('import-error').map((e) => e.textContent)).toEqual(['bad.json: selectors.chatBubble: "chatBubble" is not a role of a site profile']));
    choose('bad-selector.json', { ...helpdesk, selectors: { ...helpdesk.selectors, buyerBubble: ['.msg--in', 'li:nth-child('] } });
    await waitFor(() =>
      expect(screen.getAllByTestId('import-error').map((e) => e.textContent)).toEqual([
        'bad-selector.json: selectors.buyerBubble[1]: "li:nth-child(" is not a valid CSS selector (role buyerBubble)',
      ]),
    );
    expect(screen.queryByTestId('shopreply.site-profile-preview')).toBeNull();
    expect(calls).toEqual([]);
  });
});
