import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShopReplyDB } from '../../../lib/db/database';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../../lib/db/settings';

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

  it('saves valid settings and refuses invalid ones naming the field, writing nothing', async () => {
    const db = freshDb();
    await saveSettings(db, { timeZone: 'Europe/Madrid', contextWindowSeconds: 600 });
    expect((await loadSettings(db, 'UTC')).timeZone).toBe('Europe/Madrid');
    await expect(saveSettings(db, { autoSendConfidence: 0.5 })).rejects.toThrow(/autoSendConfidence/);
    expect((await loadSettings(db, 'UTC')).contextWindowSeconds).toBe(600);
  });

  it('stored settings that no longer parse fall back to defaults instead of breaking the worker', async () => {
    const db = freshDb();
    await db.settings.put({ key: SETTINGS_KEY, value: { contextWindowSeconds: 'soon' } });
    expect((await loadSettings(db, 'UTC')).contextWindowSeconds).toBe(1800);
  });
});
