import { createContext, useContext, type ReactNode } from 'react';
import { t, type MessageKey, type MessageParams, type UiLanguage } from '../../lib/i18n';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const UiLanguageContext = createContext<UiLanguage>('en');

export function I18nProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  return <UiLanguageContext.Provider value={language}>{children}</UiLanguageContext.Provider>;
}

export function useUiLanguage(): UiLanguage {
  return useContext(UiLanguageContext);
}

export function useT(): Translate {
  const language = useContext(UiLanguageContext);
  return (key, params) => t(language, key, params);
}
