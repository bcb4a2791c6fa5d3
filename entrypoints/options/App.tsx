import { useEffect, useMemo } from 'react';
import type { ShopReplyDB } from '../../lib/db/database';
import { resolveUiLanguage, t } from '../../lib/i18n';
import { EditorProvider } from '../../components/editor/EditorContext';
import { I18nProvider } from '../../components/editor/I18n';
import { useShopSettings } from '../../components/editor/useShopSettings';
import type { AskWorker } from '../../components/editor/TryIt';
import type { Importer } from '../../components/editor/importer';
import type { SiteProfileApi } from '../../components/editor/site-profiles/api';
import { EditorPage } from './EditorPage';

export interface AppProps {
  db: ShopReplyDB;
  ask: AskWorker;
  /** Where imports are read and planned (a Web Worker); the page itself when absent. */
  importer?: Importer;
  browserLanguage: string;
  /** Site profiles (the worker's, by message); the section is left out without it. */
  siteProfiles?: SiteProfileApi;
  /** The page's location hash: `#site-profile-draft=…` opens a draft profile for preview. */
  draftHash?: string;
}

/** The options page: interface language from the settings (or the browser), then the editor. */
export function App({ db, ask, importer, browserLanguage, siteProfiles, draftHash }: AppProps) {
  const stored = useShopSettings(db);
  const ui = resolveUiLanguage(browserLanguage, stored?.settings.interfaceLanguage);
  const messages = useMemo(() => ({ saved: t(ui, 'status.saved'), undone: (label: string) => t(ui, 'undo.done', { label }) }), [ui]);

  useEffect(() => {
    document.documentElement.lang = ui === 'zh' ? 'zh-CN' : 'en';
    document.title = t(ui, 'app.title');
  }, [ui]);

  if (!stored) return null;
  return (
    <I18nProvider language={ui}>
      <EditorProvider db={db} messages={messages}>
        <EditorPage ask={ask} importer={importer} siteProfiles={siteProfiles} draftHash={draftHash} />
      </EditorProvider>
    </I18nProvider>
  );
}
