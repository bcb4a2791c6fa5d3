// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ShopReplyDB } from '../../../lib/db/database';
import { loadSettings } from '../../../lib/db/settings';
import { EditorProvider } from '../../../components/editor/EditorContext';
import { I18nProvider } from '../../../components/editor/I18n';
import { createSiteProfileApi } from '../../../components/editor/site-profiles/api';
import { SiteProfilesPanel } from '../../../components/editor/site-profiles/SiteProfilesPanel';
import type { StoredSiteProfileMessage } from '../../../lib/messages/protocol';
import { SiteProfileFileSchema } from '../../../lib/sites/profile-v1';
import { tiktokShopProfileFile } from '../../../lib/sites';
import { SELLER_CHAT_MATCHES } from '../../../lib/sites/hosts';

const helpdesk = SiteProfileFileSchema.parse({
  ...tiktokShopProfileFile,
  id: 'example-helpdesk',
  name: 'Example helpdesk chat',
  matches: ['https://chat.example.com/inbox/*'],
  conversationId: [{ text: 'headerBuyerName' }],
});

let n = 0;
const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

function setup() {
  const db = new ShopReplyDB(`site-profiles-panel-${++n}`);
  dbs.push(db);
  let stored: StoredSiteProfileMessage[] = [{ profile: helpdesk, importedAt: Date.UTC(2026, 0, 2), source: 'helpdesk.json' }];
  const granted = new Set<string>();
  const requests: string[][] = [];
  const removed: string[] = [];
  const api = createSiteProfileApi(
    {
      list: async () => stored,
      save: async () => ({ id: 'x', created: true }),
      remove: async (id) => {
        removed.push(id);
        stored = stored.filter((s) => s.profile.id !== id);
        return { removed: true, released: [] };
      },
    },
    {
      manifestHosts: SELLER_CHAT_MATCHES,
      request: async (origins) => {
        requests.push(origins);
        origins.forEach((o) => granted.add(o));
        return true;
      },
      granted: async (origins) => origins.filter((o) => granted.has(o)),
    },
  );
  render(
    <I18nProvider language="en">
      <EditorProvider db={db} messages={{ saved: 'Saved', undone: (l) => `Undone ${l}` }}>
        <SiteProfilesPanel api={api} />
      </EditorProvider>
    </I18nProvider>,
  );
  return { db, requests, removed };
}

const rowOf = (id: string) =>
  waitFor(() => {
    const row = screen.getAllByTestId('shopreply.site-profile').find((el) => el.dataset.profileId === id);
    if (!row) throw new Error(`no row ${id}`);
    return row;
  });

describe('the site profiles section', () => {
  it('lists the imported profile before the built-in one, with health and the hosts it has no access to yet', async () => {
    const { requests } = setup();
    await waitFor(async () => expect((await screen.findAllByTestId('shopreply.site-profile')).map((el) => `${el.dataset.origin}:${el.dataset.profileId}`)).toEqual(['imported:example-helpdesk', 'built-in:tiktok-shop']));
    const row = await rowOf('example-helpdesk');
    expect(within(row).getByTestId('shopreply.site-profile-health').textContent).toBe('Conversations known by name only: two buyers with the same name share a session, auto-send stays off.');
    expect((await within(row).findByTestId('shopreply.site-profile-no-access')).textContent).toContain('No access yet to https://chat.example.com/*');
    // The built-in profile cannot be removed, only exported.
    expect(within(await rowOf('tiktok-shop')).queryByTestId('shopreply.site-profile-remove')).toBeNull();

    fireEvent.click(within(row).getByTestId('shopreply.site-profile-allow'));
    await waitFor(async () => expect(within(await rowOf('example-helpdesk')).queryByTestId('shopreply.site-profile-no-access')).toBeNull());
    expect(requests).toEqual([['https://chat.example.com/*']]);
  });

  it('accepting the name-only risk puts the profile\'s host in the setting, and unticking takes it out', async () => {
    const { db } = setup();
    const box = await within(await rowOf('example-helpdesk')).findByTestId('shopreply.site-profile-accept-risk');
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings(db)).nameOnlyAutoSendSites).toEqual(['chat.example.com']));
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings(db)).nameOnlyAutoSendSites).toEqual([]));
  });

  it('remove asks first', async () => {
    const { removed } = setup();
    fireEvent.click(within(await rowOf('example-helpdesk')).getByTestId('shopreply.site-profile-remove'));
    expect(screen.getByTestId('shopreply.site-profile-remove-confirm').textContent).toContain('Remove the profile "Example helpdesk chat"?');
    fireEvent.click(screen.getByTestId('shopreply.site-profile-remove-no'));
    expect(removed).toEqual([]);
    fireEvent.click(within(await rowOf('example-helpdesk')).getByTestId('shopreply.site-profile-remove'));
    fireEvent.click(screen.getByTestId('shopreply.site-profile-remove-yes'));
    expect((await screen.findByTestId('shopreply.site-profiles-status')).textContent).toBe('Site profile "Example helpdesk chat" removed.');
    expect(removed).toEqual(['example-helpdesk']);
    await waitFor(async () => expect((await screen.findAllByTestId('shopreply.site-profile')).map((el) => el.dataset.profileId)).toEqual(['tiktok-shop']));
  });
});
