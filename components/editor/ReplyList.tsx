import type { Rule } from '../../lib/pack/schema';
import type { EditorProblem } from '../../lib/editor/problems';
import { jsonPath } from '../../lib/pack/errors';
import { renderTemplate } from '../../lib/templates/variables';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { isError, problemText } from './problem-text';

export interface ReplyListProps {
  rule: Rule;
  language: string;
  problems: EditorProblem[];
  save: (change: (rule: Rule) => Rule) => Promise<string | undefined>;
}

/** The reply variants of one language, each with what the buyer would see. */
export function ReplyList({ rule, language, problems, save }: ReplyListProps) {
  const t = useT();
  const ui = useUiLanguage();
  const { samples } = useEditor();
  const replies = rule.replies[language] ?? [];

  /** Replaces reply i (i = length adds one); an empty text removes it. */
  const setReply = (i: number) => (text: string) =>
    save((r) => {
      const list = [...(r.replies[language] ?? [])];
      if (text.trim()) list[i] = text.trim();
      else list.splice(i, 1);
      const next = { ...r.replies };
      if (list.length) next[language] = list;
      else delete next[language];
      return { ...r, replies: next };
    });

  return (
    <div className="replies" data-testid="rule-replies">
      <span>{t('rule.replies')}</span>
      <ol>
        {replies.map((reply, i) => {
          const here = problems.filter((p) => 'field' in p && p.field === jsonPath(['replies', language, i]));
          return (
            <li key={`${i}:${replies.length}`} className="reply">
              <CommitField multiline rows={2} label={t('rule.reply', { n: i + 1 })} value={reply} normalize={(s) => s.trim()} onCommit={setReply(i)} testId="rule-reply" />
              <button type="button" className="icon" aria-label={t('rule.removeReply', { n: i + 1 })} onClick={() => void setReply(i)('')}>×</button>
              <p className="preview" data-testid="reply-preview">
                <small>{t('rule.preview')}</small> {renderTemplate(reply, samples).text}
              </p>
              {here.map((p, k) => (
                <p key={k} className={isError(p) ? 'problem problem--error' : 'problem'} data-testid="reply-problem">{problemText(p, t, ui)}</p>
              ))}
            </li>
          );
        })}
      </ol>
      <CommitField
        key={`new:${language}:${replies.length}`}
        multiline
        rows={2}
        label={t('rule.addReply')}
        placeholder={t('rule.addReply')}
        value=""
        normalize={(s) => s.trim()}
        onCommit={setReply(replies.length)}
        testId="rule-reply-new"
      />
    </div>
  );
}
