import { en, type MessageKey } from './en';
import { zh } from './zh';

export type { MessageKey };
export type UiLanguage = 'zh' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['zh', 'en'];

const CATALOGUES: Record<UiLanguage, Record<MessageKey, string>> = { en, zh };

export type MessageParams = Record<string, string | number>;

/**
 * The text for `key` in `language`, with `{name}` replaced by params.name, and `{{name}}` by the
 * value in braces (for texts about reply `{variables}`).
 */
export function t(language: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGUES[language][key] ?? en[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}|\{(\w+)\}/g, (whole, braced?: string, plain?: string) => {
    const name = braced ?? plain!;
    if (!(name in params)) return whole;
    return braced ? `{${params[name]}}` : String(params[name]);
  });
}

/** Whether the catalogue has a text for `key`. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The interface language: the setting when it names one, else the browser's (zh… → Chinese). */
export function resolveUiLanguage(browserLanguage: string | undefined, setting?: string): UiLanguage {
  if (setting === 'zh' || setting === 'en') return setting;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** A language code's name in the interface language, e.g. ("es", "zh") → "西班牙语". */
export function languageName(code: string, ui: UiLanguage): string {
  if (code === '*') return t(ui, 'lang.any');
  try {
    return new Intl.DisplayNames([ui === 'zh' ? 'zh-CN' : 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
