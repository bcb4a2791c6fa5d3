import { useState } from 'react';
import { problemsOfRule } from '../../lib/editor/problems';
import { ruleLanguages } from '../../lib/editor/texts';
import { NewRuleForm } from './NewRuleForm';
import { PackList } from './PackList';
import { RuleEditor } from './RuleEditor';
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
        <PackList packs={library.packs} rules={library.rules} selected={pack?.id} onSelect={(packId) => onSelect({ packId })} />
        {pack && (
          <RuleList
            key={pack.id}
            packId={pack.id}
            rules={packRules}
            problems={packProblems}
            selected={record?.id}
            onSelect={(ruleId) => {
              setCreating(false);
              onSelect({ packId: pack.id, ruleId });
            }}
            onNew={() => setCreating(true)}
          />
        )}
      </div>
      <div className="library-main">
        {pack && creating ? (
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
          <RuleEditor
            key={`${record.packId}/${record.id}`}
            record={record}
            learned={library.learned.filter((l) => l.packId === record.packId && l.ruleId === record.id)}
            problems={problemsOfRule(library.problems, record.packId, record.id)}
            packLanguages={packLanguages}
            onDeleted={() => onSelect({ packId: pack?.id })}
          />
        ) : (
          <p className="muted">{t('rule.selectHint')}</p>
        )}
      </div>
    </div>
  );
}
