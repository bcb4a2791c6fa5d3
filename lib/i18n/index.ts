import { en, type MessageKey } from './en';
import { zh } from './zh';
import { fill, type MessageParams, type UiLanguage } from './page';

export type { MessageKey };
export { languageName, resolveUiLanguage, type MessageParams, type PageKey, type UiLanguage } from './page';
export const UI_LANGUAGES: readonly UiLanguage[] = ['zh', 'en'];

const CATALOGUES: Record<UiLanguage, Record<MessageKey, string>> = { en, zh };

/**
 * The text for `key` in `language`, with `{name}` replaced by params.name, and `{{name}}` by the
 * value in braces (for texts about reply `{variables}`).
 */
export function t(language: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  return fill(CATALOGUES[language][key] ?? en[key] ?? key, params);
}

/** Whether the catalogue has a text for `key`. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
