// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ShopReplyDB } from '../../../lib/db/database';
import { ImportPanel } from '../../../components/editor/ImportPanel';
import { EditorProvider, useEditor } from '../../../components/editor/EditorContext';
import { I18nProvider } from '../../../components/editor/I18n';
import { DIFF_PAGE_SIZE } from '../../../components/editor/PlanPreview';

const slow = { timeout: 30_000 };
const encoded = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/encodings', name));

let n = 0;
const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

function UndoButton() {
  const editor = useEditor();
  return <button type="button" onClick={() => void editor.undo()} disabled={!editor.history.undo.length} data-testid="undo">Undo</button>;
}

function setup(language: 'en' | 'zh' = 'en') {
  const db = new ShopReplyDB(`import-safe-${++n}`);
  dbs.push(db);
  render(
    <I18nProvider language={language}>
      <EditorProvider db={db} messages={{ saved: 'Saved', undone: (l) => `Undone ${l}` }}>
        <UndoButton />
        <ImportPanel />
      </EditorProvider>
    </I18nProvider>,
  );
  const choose = (name: string, bytes: BlobPart) =>
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([bytes], name)] } });
  return { db, choose };
}

const pack = (version: string, count: number, reply: (i: number) => string) =>
  JSON.stringify({
    format: 'shopreply.pack', formatVersion: 1, id: 'big', name: 'Big', version,
    rules: Array.from({ length: count }, (_, i) => ({ id: `r${i}`, kind: 'faq', keywords: { zh: [`词${i}`] }, replies: { zh: [reply(i)] } })),
  });

describe('safe imports in the panel', () => {
  it('previews a GBK CSV with its Chinese texts, applies it, and Undo takes the library back', async () => {
    const { db, choose } = setup();
    choose('zh-gbk.csv', encoded('zh-gbk.csv'));
    const after = await screen.findAllByTestId('shopreply.plan-diff-after');
    expect(after.map((e) => e.textContent)).toContain('您好，订单已经发出，请耐心等待。 · 亲，包裹正在路上，预计两天内送达。');
    expect(screen.getByTestId('plan-summary').textContent).toContain('物流查询');
    fireEvent.click(screen.getByTestId('import-apply'));
    await screen.findByTestId('import-status');
    expect(await db.rules.count()).toBe(1);
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(async () => expect(await db.packs.count()).toBe(0));
    expect(await db.rules.count()).toBe(0);
  });

  it('refuses a file it cannot read cleanly, in the person’s language, and writes nothing', async () => {
    const { db, choose } = setup('zh');
    choose('fr-latin1.csv', encoded('fr-latin1.csv'));
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('fr-latin1.csv 的编码无法识别');
    expect(error.textContent).toContain('未导入任何内容');
    expect(screen.queryByTestId('import-apply')).toBeNull();
    expect(await db.packs.count()).toBe(0);
  });

  it('renders a 10,000-rule plan 50 rules at a time, with before and after texts', async () => {
    const { db, choose } = setup();
    choose('big.pack.json', pack('1.0.0', 10_000, (i) => `旧回复${i}`));
    fireEvent.click(await screen.findByTestId('import-apply', {}, slow));
    await screen.findByTestId('import-status', {}, slow);
    expect(await db.rules.count()).toBe(10_000);

    choose('big.pack.json', pack('2.0.0', 10_000, (i) => `新回复${i}`));
    await screen.findByTestId('shopreply.plan-diff', {}, slow);
    expect(screen.getAllByTestId('shopreply.plan-diff-rule')).toHaveLength(DIFF_PAGE_SIZE);
    expect(document.querySelectorAll('.diff-texts tr').length).toBeLessThanOrEqual(DIFF_PAGE_SIZE * 3);
    expect(screen.getByTestId('shopreply.plan-diff-page').textContent).toBe('Rules 1–50 of 10000');
    expect(screen.getAllByTestId('shopreply.plan-diff-before')[0].textContent).toBe('旧回复0');
    expect(screen.getAllByTestId('shopreply.plan-diff-after')[0].textContent).toBe('新回复0');
    fireEvent.click(screen.getByTestId('shopreply.plan-diff-next'));
    expect(screen.getAllByTestId('shopreply.plan-diff-rule')).toHaveLength(DIFF_PAGE_SIZE);
    expect(screen.getAllByTestId('shopreply.plan-diff-rule')[0].getAttribute('data-rule-id')).toBe('r50');
    expect(screen.getByTestId('shopreply.plan-diff-page').textContent).toBe('Rules 51–100 of 10000');

    // Apply the update, then Undo: every reply is the old one again.
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect((await db.rules.get(['big', 'r9999']))?.replies.zh).toEqual(['新回复9999']), slow);
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(async () => expect((await db.rules.get(['big', 'r9999']))?.replies.zh).toEqual(['旧回复9999']), slow);
    expect((await db.packs.get('big'))?.version).toBe('1.0.0');
  }, 60_000);
});
