import { useLiveQuery } from 'dexie-react-hooks';
import type { ShopReplyDB } from '../../lib/db/database';
import { parseSettings, type ShopSettings } from '../../lib/settings/schema';

export const SETTINGS_KEY = 'shop';

export interface StoredSettings {
  settings: ShopSettings;
  /** Problems of what was stored (then `settings` are the defaults). */
  errors: string[];
}

/** The time zone of this browser, which the shop gets until it chooses one. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Reads and validates the shop settings, live. */
export function useShopSettings(db: ShopReplyDB): StoredSettings | undefined {
  return useLiveQuery(async () => {
    const record = await db.settings.get(SETTINGS_KEY);
    const stored = (record?.value ?? { timeZone: browserTimeZone() }) as object;
    const parsed = parseSettings(stored);
    if (parsed.ok) return { settings: parsed.settings, errors: [] };
    const fallback = parseSettings({ timeZone: browserTimeZone() });
    return { settings: fallback.ok ? fallback.settings : (undefined as never), errors: parsed.errors };
  }, [db]);
}

/** Validates and writes the settings; resolves to the errors (each naming its field) or []. */
export async function saveShopSettings(db: ShopReplyDB, next: unknown): Promise<string[]> {
  const parsed = parseSettings(next);
  if (!parsed.ok) return parsed.errors;
  await db.settings.put({ key: SETTINGS_KEY, value: parsed.settings });
  return [];
}
