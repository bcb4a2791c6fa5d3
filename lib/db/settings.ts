import type { ShopSettings } from '../settings/schema';
import { problemText, type SettingsProblem } from '../settings/problems';
import { browserTimeZone, changeSettings, settingsFromStored, type StoredSettings } from '../settings/stored';
import type { ShopReplyDB } from './database';

/** The shop's settings are one record of the key-value table; lib/settings says what they mean. */
export const SETTINGS_KEY = 'shop';

/** The stored settings, field by field, with the fields that did not parse (see lib/settings/stored). */
export async function readSettings(db: ShopReplyDB, timeZone = browserTimeZone()): Promise<StoredSettings> {
  return settingsFromStored((await db.settings.get(SETTINGS_KEY))?.value, timeZone);
}

/** The shop's settings, always valid. */
export async function loadSettings(db: ShopReplyDB, timeZone = browserTimeZone()): Promise<ShopSettings> {
  return (await readSettings(db, timeZone)).settings;
}

/** Refused settings: `errors` are problem codes naming the field; the message is English for logs. */
export class SettingsRefused extends Error {
  constructor(readonly errors: SettingsProblem[]) {
    super(`Settings not saved: ${errors.map(problemText).join('; ')}`);
    this.name = 'SettingsRefused';
  }
}

/**
 * Changes the fields in `patch` and nothing else, in one transaction with the read, so two quick
 * changes of different fields do not undo each other. Throws SettingsRefused, writing nothing.
 */
export async function saveSettings(db: ShopReplyDB, patch: Partial<ShopSettings>, timeZone = browserTimeZone()): Promise<ShopSettings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readSettings(db, timeZone);
    const next = changeSettings(current.settings, patch);
    if (!next.ok) throw new SettingsRefused(next.errors);
    await db.settings.put({ key: SETTINGS_KEY, value: next.settings });
    return next.settings;
  });
}
