// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ShopReplyDB } from '../../../lib/db/database';
import { addLearnedExample, importPack } from '../../../lib/db/library';
import type { Pack } from '../../../lib/pack/schema';
import { RuleEditor } from '../../../components/editor/RuleEditor';
import { EditorProvider } from '../../../components/editor/EditorContext';
import { I18nProvider } from '../../../components/editor/I18n';

const pack: Pack = {
  format: 'shopreply.pack', formatVersion: 1, id: 'core', name: 'Core', version: '1.0.0',
  rules: [
    { id: 'track', kind: 'faq', keywords: { en: ['tracking'] }, replies: { en: ['On its way {order_id}'] } },
    { id: 'hi', kind: 'welcome', replies: { en: ['Hi'] } },
  ],
};

let n = 0;
const dbs: ShopReplyDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});

async function setup(ruleId: string, ui: 'en' | 'zh' = 'en') {
  const db = new ShopReplyDB(`rule-editor-${++n}`);
  dbs.push(db);
  await importPack(db, pack, 'import', 1);
  await addLearnedExample(db, { packId: 'core', ruleId: 'track', text: 'wheres my parcel', language: 'en', source: 'accepted', at: 2 });
  const record = (await db.rules.get(['core', ruleId]))!;
  const learned = await db.learned.where('[packId+ruleId]').equals(['core', ruleId]).toArray();
  render(
    <I18nProvider language={ui}>
      <EditorProvider db={db} messages={{ saved: 'Saved', undone: (l) => l }}>
        <RuleEditor record={record} learned={learned} problems={[]} packLanguages={['en']} onDeleted={() => undefined} />
      </EditorProvider>
    </I18nProvider>,
  );
  return db;
}

describe('rule editor', () => {
  it('edits the threshold as a percentage and stores a share', async () => {
    const db = await setup('track');
    const field = screen.getByTestId('rule-threshold') as HTMLInputElement;
    expect(field.value).toBe('85');
    fireEvent.change(field, { target: { value: '90 %' } });
    await act(async () => fireEvent.blur(field));
    await waitFor(async () => expect((await db.rules.get(['core', 'track']))?.threshold).toBe(0.9));
  });

  it('lists learned examples marked as learned, and removes one', async () => {
    const db = await setup('track');
    const item = screen.getByTestId('learned-example');
    expect(item.textContent).toContain('learned');
    expect(item.textContent).toContain('wheres my parcel');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove learned example “wheres my parcel”' })));
    await waitFor(async () => expect(await db.learned.count()).toBe(0));
  });

  it('refuses turning a welcome rule into an FAQ answer without keywords, naming the field', async () => {
    const db = await setup('hi');
    await act(async () => fireEvent.change(screen.getByTestId('rule-kind'), { target: { value: 'faq' } }));
    expect((await screen.findByRole('alert')).textContent).toContain('keywords');
    expect((await db.rules.get(['core', 'hi']))?.kind).toBe('welcome');
  });

  it('shows replies as the buyer sees them, in Chinese', async () => {
    await setup('track', 'zh');
    fireEvent.click(screen.getByTestId('lang-tab-en'));
    expect(screen.getByTestId('reply-preview').textContent).toBe('买家看到： On its way 5781234567');
    expect(screen.getByText('阈值（%）')).toBeTruthy();
  });
});
