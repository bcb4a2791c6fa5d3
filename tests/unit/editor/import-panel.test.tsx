// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as compliance from '../../../lib/compliance/check';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ShopReplyDB } from '../../../lib/db/database';
import { libraryRevision } from '../../../lib/db/library';
import { ImportPanel } from '../../../components/editor/ImportPanel';
import { EditorProvider } from '../../../components/editor/EditorContext';
import { I18nProvider } from '../../../components/editor/I18n';

vi.mock('../../../lib/compliance/check', async (original) => {
  const actual = await original<typeof import('../../../lib/compliance/check')>();
  return { ...actual, packComplianceFlags: vi.fn(actual.packComplianceFlags) };
});

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
  const tree = () => (
    <I18nProvider language="en">
      <EditorProvider db={db} messages={{ saved: 'Saved', undone: (l) => `Undone ${l}` }}>
        <ImportPanel />
      </EditorProvider>
    </I18nProvider>
  );
  const { rerender } = render(tree());
  const again = () => rerender(tree());
  const choose = (name: string, text = fixture(name)) =>
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([text], name)] } });
  return { db, choose, again };
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

describe('import panel: hostile and huge files', () => {
  it('states the size limit and refuses a bigger file before reading it', async () => {
    const { db } = setup();
    expect(screen.getByTestId('shopreply.import-size-limit').textContent).toBe('Files up to 20 MB.');
    const huge = new File(['{}'], 'huge.pack.json');
    Object.defineProperty(huge, 'size', { value: 25 * 1024 * 1024 });
    Object.defineProperty(huge, 'text', { value: () => { throw new Error('a file over the limit must not be read'); } });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [huge] } });
    expect((await screen.findByTestId('import-error')).textContent).toBe('huge.pack.json is 25 MB; the import reads files up to 20 MB. The library is unchanged.');
    expect(await db.packs.count()).toBe(0);
  });

  it('lists the first 100 problems and says how many more there are', async () => {
    const { choose } = setup();
    const rules = Array.from({ length: 250 }, (_, i) => ({ id: `r${i}`, kind: 'faq', replies: { en: ['Hi'] } }));
    choose('many.json', JSON.stringify({ format: 'shopreply.pack', formatVersion: 1, id: 'many', name: 'Many', version: '1', rules }));
    expect((await screen.findByTestId('shopreply.import-more-errors')).textContent).toBe(
      '…and 150 more (250 problems in all). Fix these and choose the file again to see the rest.',
    );
    expect(screen.getAllByTestId('import-error')).toHaveLength(100);
  });

  it('a learned example that is not text is refused with its path, and the editor never sees it', async () => {
    const { db, choose } = setup();
    const pack = JSON.parse(fixture('e2e-shop.pack.json'));
    pack.rules[0].learnedExamples = { en: [123, { x: 1 }, null] };
    choose('backup.json', JSON.stringify([pack]));
    const errors = await screen.findAllByTestId('import-error');
    expect(errors.map((e) => e.textContent)).toEqual([
      'backup.json: [0].rules[0].learnedExamples.en[0]: must be a text in quotes, not a number',
      'backup.json: [0].rules[0].learnedExamples.en[1]: must be a text in quotes, not an object',
      'backup.json: [0].rules[0].learnedExamples.en[2]: must be a text in quotes, not null',
    ]);
    expect(await db.learned.count()).toBe(0);
  });

  it('shows the compliance flags computed once by the importer, not on each render', async () => {
    const { choose, again } = setup();
    const check = vi.mocked(compliance.packComplianceFlags);
    check.mockClear();
    choose('e2e-banned.pack.json');
    expect((await screen.findByTestId('plan-compliance')).textContent).toContain('contact-directly');
    for (let i = 0; i < 3; i++) again();
    fireEvent.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-status');
    expect(check).toHaveBeenCalledTimes(1);
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

describe('import panel with a large pack', () => {
  it('lists the first 200 added rules and counts the rest', async () => {
    const { choose } = setup();
    const rules = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, kind: 'welcome', replies: { en: ['Hi'] } }));
    choose('big.json', JSON.stringify({ format: 'shopreply.pack', formatVersion: 1, id: 'big', name: 'Big', version: '1', rules }));
    const added = await screen.findByTestId('plan-added');
    expect(added.querySelectorAll('code')).toHaveLength(200);
    expect(added.textContent).toContain('Rules added (1000)');
    expect(added.textContent).toContain('…and 800 more');
  });
});
