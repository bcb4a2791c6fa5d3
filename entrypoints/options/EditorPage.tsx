import { useEffect, useState } from 'react';
import { useEditor } from '../../components/editor/EditorContext';
import { useT } from '../../components/editor/I18n';
import { useLibrary } from '../../components/editor/useLibrary';
import { useUndoKeys } from '../../components/editor/useUndoKeys';
import { TryIt, type AskWorker } from '../../components/editor/TryIt';
import { ProblemsPanel } from '../../components/editor/ProblemsPanel';
import { ImportPanel } from '../../components/editor/ImportPanel';
import { ExportPanel } from '../../components/editor/ExportPanel';
import { SettingsForm } from '../../components/editor/SettingsForm';
import { LibraryView } from '../../components/editor/LibraryView';
import { MetricsPanel } from '../../components/editor/MetricsPanel';
import { Boundary } from '../../components/editor/Boundary';
import type { Importer } from '../../components/editor/importer';
import { RuleNamesProvider } from '../../components/editor/RuleNames';
import type { SiteProfileApi } from '../../components/editor/site-profiles/api';
import { SiteProfilesPanel } from '../../components/editor/site-profiles/SiteProfilesPanel';
import { draftFromHash } from '../../lib/sites/draft';

type View = 'library' | 'problems' | 'packs' | 'settings' | 'metrics';
const VIEWS: View[] = ['library', 'problems', 'packs', 'settings', 'metrics'];
const NO_RULES: never[] = [];

export function EditorPage({ ask, importer, siteProfiles, draftHash }: { ask: AskWorker; importer?: Importer; siteProfiles?: SiteProfileApi; draftHash?: string }) {
  const t = useT();
  const editor = useEditor();
  const library = useLibrary(editor.db);
  // A draft profile from "Teach this page" opens where imports and site profiles are.
  const [view, setView] = useState<View>(() => (draftHash && draftFromHash(draftHash) ? 'packs' : 'library'));
  const [selection, setSelection] = useState<{ packId?: string; ruleId?: string }>({});
  useUndoKeys();
  useEffect(() => {
    if (draftHash && draftFromHash(draftHash)) setView('packs');
  }, [draftHash]);

  useEffect(() => {
    if (library && !library.packs.some((p) => p.id === selection.packId) && library.packs[0]) setSelection({ packId: library.packs[0].id });
  }, [library, selection.packId]);

  const label = (v: View) => (v === 'problems' ? t('nav.problems', { count: library?.problems.length ?? 0 }) : t(`nav.${v}`));

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('app.title')}</h1>
        <nav role="tablist" aria-label={t('app.title')}>
          {VIEWS.map((v) => (
            <button key={v} type="button" role="tab" aria-selected={view === v} onClick={() => setView(v)} data-testid={`nav-${v}`}>
              {label(v)}
            </button>
          ))}
        </nav>
        <div className="undo-bar">
          <button type="button" onClick={() => void editor.undo()} disabled={!editor.history.undo.length} data-testid="undo" title="Ctrl+Z">
            {t('undo.button')}
          </button>
          <button type="button" onClick={() => void editor.redo()} disabled={!editor.history.redo.length} data-testid="redo" title="Ctrl+Shift+Z">
            {t('undo.redo')}
          </button>
          <span role="status" className="status" data-testid="status">{editor.status}</span>
        </div>
      </header>
      <RuleNamesProvider rules={library?.rules ?? NO_RULES}>
      <div className="page-body">
        <main className="main">
          {/* Each tab and panel has its own error boundary: a part that fails says why, the rest works. */}
          {!library ? null : view === 'library' ? (
            <Boundary area="library" resetKey={selection}>
              <LibraryView library={library} selection={selection} onSelect={setSelection} />
            </Boundary>
          ) : view === 'problems' ? (
            <Boundary area="problems" resetKey={library.revision}>
              <ProblemsPanel
                problems={library.problems}
                onOpen={(packId, ruleId) => {
                  setSelection({ packId, ruleId });
                  setView('library');
                }}
              />
            </Boundary>
          ) : view === 'packs' ? (
            <>
              <Boundary area="import">
                <ImportPanel importer={importer} siteProfiles={siteProfiles} />
              </Boundary>
              <Boundary area="export" resetKey={library.revision}>
                <ExportPanel packs={library.packs} />
              </Boundary>
              {siteProfiles && (
                <Boundary area="siteProfiles">
                  <SiteProfilesPanel api={siteProfiles} draftHash={draftHash} />
                </Boundary>
              )}
            </>
          ) : view === 'settings' ? (
            <Boundary area="settings">
              <SettingsForm />
            </Boundary>
          ) : (
            <Boundary area="metrics">
              <MetricsPanel
                library={library}
                onOpenRule={(packId, ruleId) => {
                  setSelection({ packId, ruleId });
                  setView('library');
                }}
              />
            </Boundary>
          )}
        </main>
        <aside className="side">
          <Boundary area="tryIt" resetKey={library?.revision}>
            <TryIt revision={library?.revision ?? 0} ask={ask} />
          </Boundary>
        </aside>
      </div>
      </RuleNamesProvider>
    </div>
  );
}
