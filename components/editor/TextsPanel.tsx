import type { LearnedExampleRecord } from '../../lib/db/database';
import { removeLearnedExample } from '../../lib/db/edit';
import type { Rule } from '../../lib/pack/schema';
import type { EditorProblem } from '../../lib/editor/problems';
import { countTexts, linesToList, withLanguage } from '../../lib/editor/texts';
import { languageName } from '../../lib/i18n';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { ReplyList } from './ReplyList';
import { useRuleSave } from './useRuleSave';

export interface TextsPanelProps {
  rule: Rule;
  packId: string;
  tabs: string[];
  language: string;
  onLanguage: (language: string) => void;
  learned: LearnedExampleRecord[];
  problems: EditorProblem[];
}

const normalizeLines = (text: string) => linesToList(text).join('\n');

/** Keywords, examples, learned examples and replies of a rule, one tab per language. */
export function TextsPanel({ rule, packId, tabs, language, onLanguage, learned, problems }: TextsPanelProps) {
  const t = useT();
  const ui = useUiLanguage();
  const { db, run } = useEditor();
  const save = useRuleSave(packId, rule.id);
  const matched = rule.kind === 'faq';
  const learnedHere = learned.filter((l) => l.language === language);

  const count = (lang: string) =>
    countTexts(rule.replies, lang) + (matched ? countTexts(rule.keywords, lang) + countTexts(rule.examples, lang) : 0);

  const setTexts = (field: 'keywords' | 'examples') => (text: string) =>
    save((r) => {
      const next = { ...r };
      const value = withLanguage(r[field], language, linesToList(text));
      if (value) next[field] = value;
      else delete next[field];
      return next;
    });

  return (
    <section className="texts">
      <div role="tablist" aria-label={t('new.language')} className="tabs">
        {tabs.map((lang) => {
          const n = count(lang);
          const noReply = lang !== '*' && !rule.replies[lang] && rule.kind !== 'quick';
          return (
            <button
              key={lang}
              type="button"
              role="tab"
              id={`tab-${lang}`}
              aria-selected={lang === language}
              aria-controls="texts-panel"
              className={`tab${n ? ' tab--used' : ''}`}
              onClick={() => onLanguage(lang)}
              data-testid={`lang-tab-${lang}`}
              title={lang}
            >
              {languageName(lang, ui)}
              {n > 0 && <sup>{n}</sup>}
              {noReply && n > 0 && <span className="tab-warn" title={t('lang.missing')}>!</span>}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id="texts-panel" aria-labelledby={`tab-${language}`} className="tab-panel">
        <h3>{languageName(language, ui)}</h3>
        {matched && (
          <>
            <label className="block">
              <span>{t('rule.keywords')}</span>
              <CommitField
                multiline
                label={`${t('rule.keywords')} (${language})`}
                value={(rule.keywords?.[language] ?? []).join('\n')}
                normalize={normalizeLines}
                onCommit={setTexts('keywords')}
                testId="rule-keywords"
              />
            </label>
            <label className="block">
              <span>{t('rule.examples')}</span>
              <CommitField
                multiline
                label={`${t('rule.examples')} (${language})`}
                value={(rule.examples?.[language] ?? []).join('\n')}
                normalize={normalizeLines}
                onCommit={setTexts('examples')}
                testId="rule-examples"
              />
            </label>
            <div className="learned" data-testid="rule-learned">
              <span>{t('rule.learned')}</span>
              {learnedHere.length === 0 ? (
                <p className="muted">{t('rule.learnedNone')}</p>
              ) : (
                <ul>
                  {learnedHere.map((l) => (
                    <li key={l.id} data-testid="learned-example">
                      <span className="badge badge--learned">{t('rule.learnedBadge')}</span> <span>{l.text}</span>{' '}
                      <button type="button" className="icon" aria-label={t('rule.forget', { text: l.text })} onClick={() => void run(removeLearnedExample(db, l.id!))}>
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </>
        )}
        {language !== '*' && (
          <ReplyList rule={rule} language={language} problems={problems} save={save} />
        )}
      </div>
    </section>
  );
}
