// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ShopReplyDB } from '../../../lib/db/database';
import { libraryRevision } from '../../../lib/db/library';
import { ImportPanel } from '../../../components/editor/ImportPanel';
import { EditorProvider } from '../../../components/editor/EditorContext';
import { I18nProvider } from '../../../components/editor/I18n';

// import.meta.url is not a file URL under jsdom; vitest runs from the repository root.
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/packs', name), 'utf8');

let n = 0;
const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

function setup() {
  const db = new ShopReplyDB(`import-panel-${++n}`);
  dbs.push(db);
  render(
    <I18nProvider language="en">
      <EditorProvider db={db} messages={{ saved: 'Saved', undone: (l) => `Undone ${l}` }}>
        <ImportPanel />
      </EditorProvider>
    </I18nProvider>,
  );
  const choose = (name: string, text = fixture(name)) =>
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([text], name)] } });
  return { db, choose };
}

describe('import panel', () => {
  it('shows the plan and writes nothing until Apply', async () => {
    const { db, choose } = setup();
    choose('e2e-shop.pack.json');
    expect(await screen.findByTestId('plan-added')).toHaveProperty('textContent', expect.stringContaining('Rules added (3)'));
    expect(await db.packs.count()).toBe(0);
    fireEvent.click(screen.getByTestId('import-apply'));
    expect(await screen.findByTestId('import-status')).toHaveProperty('textContent', 'E2E shop replies 1.0.0 imported.');
    expect((await db.packs.get('e2e-shop'))?.source).toBe('e2e-shop.pack.json');
    expect(await db.rules.count()).toBe(3);
  });

  it('cancel leaves the library and its revision alone', async () => {
    const { db, choose } = setup();
    choose('e2e-shop.pack.json');
    fireEvent.click(await screen.findByTestId('import-cancel'));
    expect((await screen.findByTestId('import-status')).textContent).toBe('Import cancelled; nothing was changed.');
    expect(await db.packs.count()).toBe(0);
    expect(await libraryRevision(db)).toBe(0);
  });

  it('errors name the file, path and field; nothing is written', async () => {
    const { db, choose } = setup();
    choose('e2e-broken.pack.json');
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toMatch(/^e2e-broken\.pack\.json: rules\[1\]\.replies\.en\[0\]: rule "bad-rule" uses the unknown variable \{order_number\}/);
    expect(screen.queryByTestId('import-plan')).toBeNull();
    expect(await db.packs.count()).toBe(0);
  });

  it('a local edit is a conflict; merge keeps it, and the same pack again only offers to undo the edit', async () => {
    const { db, choose } = setup();
    choose('e2e-shop.pack.json');
    fireEvent.click(await screen.findByTestId('import-apply'));
    await screen.findByTestId('import-status');
    await db.rules.update(['e2e-shop', 'gift-wrap'], { replies: { en: ['Mine'] } });

    choose('e2e-shop-v2.pack.json');
    expect((await screen.findByTestId('plan-conflicts')).textContent).toContain('edited here and changed in the pack');
    expect(screen.getByTestId('plan-removed').textContent).toContain('bulk-order');
    expect((screen.getByTestId('mode-merge') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect((await db.packs.get('e2e-shop'))?.version).toBe('1.1.0'));
    expect((await db.rules.get(['e2e-shop', 'gift-wrap']))?.replies).toEqual({ en: ['Mine'] });

    await screen.findByTestId('import-status');
    choose('e2e-shop-v2.pack.json');
    expect((await screen.findByTestId('plan-conflicts')).textContent).toContain('edited here; the pack would undo the edit');
    expect(screen.queryByTestId('plan-added')).toBeNull();
  });

  it('reads a CSV written by Excel', async () => {
    const { db, choose } = setup();
    choose('excel-zh.csv');
    fireEvent.click(await screen.findByTestId('import-apply'));
    await waitFor(async () => expect(await db.rules.where('packId').equals('acme-zh').count()).toBe(3));
    expect((await db.rules.get(['acme-zh', 'size']))?.replies.zh).toEqual(['建议参考详情页的尺码表。\n如有疑问请告诉我们身高体重。']);
  });
});

describe('import panel with a library backup', () => {
  it('plans every pack of the file and applies them together', async () => {
    const { db, choose } = setup();
    const backup = JSON.stringify([JSON.parse(fixture('e2e-shop.pack.json')), JSON.parse(fixture('demo-core.pack.json'))]);
    choose('library.json', backup);
    expect(await screen.findByTestId('plan-e2e-shop')).toBeTruthy();
    expect(screen.getByTestId('plan-demo-core')).toBeTruthy();
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect((await db.packs.toArray()).map((p) => p.id).sort()).toEqual(['demo-core', 'e2e-shop']));
  });
});
