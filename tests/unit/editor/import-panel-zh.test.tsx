// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ShopReplyDB } from '../../../lib/db/database';
import { ImportPanel } from '../../../components/editor/ImportPanel';
import { EditorProvider } from '../../../components/editor/EditorContext';
import { I18nProvider } from '../../../components/editor/I18n';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/packs', name), 'utf8');
const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

describe('import errors in a Chinese interface', () => {
  it('says what is wrong in Chinese, keeping file and JSON path; nothing is written', async () => {
    const db = new ShopReplyDB('import-panel-zh');
    dbs.push(db);
    render(
      <I18nProvider language="zh">
        <EditorProvider db={db} messages={{ saved: '已保存', undone: (l) => l }}>
          <ImportPanel />
        </EditorProvider>
      </I18nProvider>,
    );
    const name = 'e2e-broken.pack.json';
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([fixture(name)], name)] } });
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toBe(
      'e2e-broken.pack.json：rules[1].replies.en[0]：规则“bad-rule”使用了未知变量 {order_number}；可用的变量有 {buyer_name}, {order_id}, {sku}, {product_name}, {agent_name}, {shop_name}',
    );
    expect(screen.getByTestId('import-errors').textContent).toContain('无法导入 e2e-broken.pack.json');
    expect(await db.packs.count()).toBe(0);
  });
});
