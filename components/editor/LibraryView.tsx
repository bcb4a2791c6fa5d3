import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BinView } from './BinView';
import { NewPackForm } from './NewPackForm';
import { PackSettings } from './PackSettings';
import { useEditor } from './EditorContext';
import { problemsOfRule } from '../../lib/editor/problems';
import { ruleLanguages } from '../../lib/editor/texts';
import { NewRuleForm } from './NewRuleForm';
import { PackList } from './PackList';
import { RuleEditor } from './RuleEditor';
import { Boundary } from './Boundary';
import { RuleList } from './RuleList';
import { useT, useUiLanguage } from './I18n';
import { problemText } from './problem-text';
import { displayPackName } from '../../lib/pack/starter/display-names';
import type { LibraryState } from './useLibrary';

export interface Selection {
  packId?: string;
  ruleId?: string;
}

export function LibraryView({ library, selection, onSelect }: { library: LibraryState; selection: Selection; onSelect: (s: Selection) => void }) {
  const t = useT();
  const ui = useUiLanguage();
  const readiness = library.problems.filter((p) => p.kind === 'readiness');
  const [creating, setCreating] = useState(false);
  // What the main column shows besides a rule: a new pack, the selected pack's settings, the bin.
  const [packPanel, setPackPanel] = useState<'new' | 'settings' | 'bin'>();
  const { db } = useEditor();
  const binCount = useLiveQuery(() => db.bin.count(), [db]) ?? 0;
  // A pack just created or restored is selected once the live library shows it (before that, the
  // page would take the selection of a pack it cannot see for a stale one and move it elsewhere).
  const [selectWhenShown, setSelectWhenShown] = useState<string>();
  useEffect(() => {
    if (selectWhenShown && library.packs.some((p) => p.id === selectWhenShown)) {
      onSelect({ packId: selectWhenShown });
      setSelectWhenShown(undefined);
    }
  }, [library.packs, selectWhenShown, onSelect]);
  const pack = library.packs.find((p) => p.id === selection.packId);
  const packRules = library.rules.filter((r) => r.packId === pack?.id);
  const record = packRules.find((r) => r.id === selection.ruleId);
  const packProblems = library.problems.filter((p) => 'packId' in p && p.packId === pack?.id);
  const packLanguages = [...new Set(packRules.flatMap(ruleLanguages))];

  return (
    <div className="library">
      {readiness.length > 0 && (
        <ul className="readiness problem problem--error" role="alert" data-testid="readiness">
          {readiness.map((p, i) => <li key={i}>{problemText(p, t, ui)}</li>)}
        </ul>
      )}
      <div className="library-nav">
        <div className="toolbar">
          <button type="button" onClick={() => setPackPanel('new')} data-testid="pack-new">{t('packEdit.new')}</button>
          <button type="button" aria-pressed={packPanel === 'bin'} onClick={() => setPackPanel('bin')} data-testid="pack-bin">{t('packEdit.bin', { count: binCount })}</button>
        </div>
        <PackList packs={library.packs} rules={library.rules} selected={pack?.id} onSelect={(packId) => { setPackPanel(undefined); onSelect({ packId }); }} />
        {pack && (
          <button type="button" className="pack-settings-open" aria-pressed={packPanel === 'settings'} onClick={() => { setCreating(false); setPackPanel('settings'); }} data-testid="pack-settings-open">
            {t('packEdit.settings')}
          </button>
        )}
        {pack && (
          <RuleList
            key={pack.id}
            packId={pack.id}
            rules={packRules}
            problems={packProblems}
            selected={record?.id}
            onSelect={(ruleId) => {
              setCreating(false);
              setPackPanel(undefined);
              onSelect({ packId: pack.id, ruleId });
            }}
            onNew={() => {
              setPackPanel(undefined);
              setCreating(true);
            }}
          />
        )}
      </div>
      <div className="library-main">
        {packPanel === 'new' ? (
          <NewPackForm
            onCreated={(packId) => {
              setPackPanel('settings');
              setSelectWhenShown(packId);
            }}
            onCancel={() => setPackPanel(undefined)}
          />
        ) : packPanel === 'bin' ? (
          <BinView
            onRestored={(packId) => {
              setPackPanel(undefined);
              setSelectWhenShown(packId);
            }}
          />
        ) : packPanel === 'settings' && pack && !selectWhenShown ? (
          <PackSettings key={pack.id} pack={pack} ruleCount={packRules.length} onDeleted={() => { setPackPanel(undefined); onSelect({ packId: library.packs.find((p) => p.id !== pack.id)?.id }); }} />
        ) : pack && creating ? (
          <NewRuleForm
            packId={pack.id}
            packName={displayPackName(pack.id, pack.name, ui)}
            defaultLanguage={pack.defaultLanguage ?? 'en'}
            takenIds={packRules.map((r) => r.id)}
            onCreated={(ruleId) => {
              setCreating(false);
              onSelect({ packId: pack.id, ruleId });
            }}
            onCancel={() => setCreating(false)}
          />
        ) : record ? (
          // Its own boundary: a rule that cannot be shown leaves the pack and rule lists usable.
          <Boundary area="ruleEditor" resetKey={record}>
            <RuleEditor
              key={`${record.packId}/${record.id}`}
              record={record}
              learned={library.learned.filter((l) => l.packId === record.packId && l.ruleId === record.id)}
              problems={problemsOfRule(library.problems, record.packId, record.id)}
              packLanguages={packLanguages}
              onDeleted={() => onSelect({ packId: pack?.id })}
            />
          </Boundary>
        ) : (
          <p className="muted">{t('rule.selectHint')}</p>
        )}
      </div>
    </div>
  );
}
