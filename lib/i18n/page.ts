import { pageEn, type PageKey } from './page-en';
import { pageZh } from './page-zh';

/**
 * The chat page's part of the catalogue, for the content script: it loads in every seller chat tab
 * and must stay small, so it carries these texts only (the editor's are in en.ts and zh.ts, which
 * include these). The type of `t` here admits page keys only.
 */
export type { PageKey };
export type UiLanguage = 'zh' | 'en';
export type MessageParams = Record<string, string | number>;

const PAGE_CATALOGUES: Record<UiLanguage, Record<PageKey, string>> = { en: pageEn, zh: pageZh };

/** `{name}` replaced by params.name, and `{{name}}` by the value in braces (texts about reply `{variables}`). */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{\{(\w+)\}\}|\{(\w+)\}/g, (whole, braced?: string, plain?: string) => {
    const name = braced ?? plain!;
    if (!(name in params)) return whole;
    return braced ? `{${params[name]}}` : String(params[name]);
  });
}

export function t(language: UiLanguage, key: PageKey, params: MessageParams = {}): string {
  return fill(PAGE_CATALOGUES[language][key] ?? pageEn[key] ?? key, params);
}

/** Whether the page catalogue has a text for `key`. */
export function hasMessage(key: string): key is PageKey {
  return Object.hasOwn(pageEn, key);
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
