import { parseSettings, type ShopSettings } from '../settings/schema';
import type { ShopReplyDB } from './database';

export const SETTINGS_KEY = 'shop';

/**
 * The shop's settings, always valid: stored values are parsed on every read. A shop that never
 * chose a time zone gets the browser's.
 */
export async function loadSettings(db: ShopReplyDB, browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Promise<ShopSettings> {
  const stored = (await db.settings.get(SETTINGS_KEY))?.value as Record<string, unknown> | undefined;
  const withZone = { timeZone: browserTimeZone, ...(stored ?? {}) };
  const parsed = parseSettings(withZone);
  if (parsed.ok) return parsed.settings;
  // Stored settings that no longer parse (an older version wrote them): keep what still does.
  const fallback = parseSettings({ timeZone: browserTimeZone });
  if (!fallback.ok) throw new Error(fallback.errors.join('; '));
  return fallback.settings;
}

/** Saves settings after checking them; errors name the field ("autoSendConfidence: must be …"). */
export async function saveSettings(db: ShopReplyDB, settings: unknown): Promise<ShopSettings> {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(`Settings not saved: ${parsed.errors.join('; ')}`);
  await db.settings.put({ key: SETTINGS_KEY, value: parsed.settings });
  return parsed.settings;
}
