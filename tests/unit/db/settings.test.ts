import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { loadSettings, readSettings, saveSettings, SettingsRefused, SETTINGS_KEY } from '../../../lib/db/settings';

const dbs: ShopReplyDB[] = [];
let n = 0;
const freshDb = () => { const db = new ShopReplyDB(`settings-${++n}`); dbs.push(db); return db; };
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

describe('shop settings storage', () => {
  it('a new shop gets the defaults in the browser time zone', async () => {
    const s = await loadSettings(freshDb(), 'Asia/Shanghai');
    expect(s.timeZone).toBe('Asia/Shanghai');
    expect(s.contextWindowSeconds).toBe(1800);
    expect(s.globalAutoSendPaused).toBe(false);
  });

  it('saves valid changes and refuses invalid ones naming the field, writing nothing', async () => {
    const db = freshDb();
    await saveSettings(db, { timeZone: 'Europe/Madrid', contextWindowSeconds: 600 });
    expect((await loadSettings(db, 'UTC')).timeZone).toBe('Europe/Madrid');
    const refused = await saveSettings(db, { autoSendConfidence: 0.5 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SettingsRefused);
    expect((refused as SettingsRefused).errors).toEqual([expect.objectContaining({ field: 'autoSendConfidence', code: 'must-exceed-default-threshold' })]);
    expect((refused as SettingsRefused).message).toMatch(/^Settings not saved: autoSendConfidence: must be higher/);
    expect((await loadSettings(db, 'UTC')).contextWindowSeconds).toBe(600);
  });

  it('one bad stored field keeps every other safety setting, on reading and after the next write', async () => {
    const db = freshDb();
    await db.settings.put({
      key: SETTINGS_KEY,
      value: { timeZone: 'Asia/Shanghai', globalAutoSendPaused: true, maxAutoRepliesPerSession: 1, autoSendConfidence: 'high' },
    });
    const read = await readSettings(db, 'UTC');
    expect(read.settings).toMatchObject({ globalAutoSendPaused: true, maxAutoRepliesPerSession: 1, timeZone: 'Asia/Shanghai' });
    expect(read.errors).toEqual([{ field: 'autoSendConfidence', code: 'not-a-number' }]);

    await saveSettings(db, { shopName: 'Tea House' }, 'UTC');
    const stored = (await db.settings.get(SETTINGS_KEY))?.value;
    expect(stored).toMatchObject({ globalAutoSendPaused: true, maxAutoRepliesPerSession: 1, timeZone: 'Asia/Shanghai', shopName: 'Tea House' });
  });

  it('two quick changes of different fields both stay', async () => {
    const db = freshDb();
    await Promise.all([saveSettings(db, { globalAutoSendPaused: true }), saveSettings(db, { maxAutoRepliesPerSession: 1 })]);
    expect(await loadSettings(db)).toMatchObject({ globalAutoSendPaused: true, maxAutoRepliesPerSession: 1 });
  });
});
