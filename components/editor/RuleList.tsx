import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RuleRecord } from '../../lib/db/database';
import type { RuleKind } from '../../lib/pack/schema';
import { setPriorities } from '../../lib/db/edit';
import { byPriority, reorderPriorities } from '../../lib/editor/priority';
import type { EditorProblem } from '../../lib/editor/problems';
import { useEditor } from './EditorContext';
import { useT } from './I18n';
import { useRuleName } from './RuleNames';

export interface RuleListProps {
  packId: string;
  rules: RuleRecord[];
  problems: EditorProblem[];
  selected?: string;
  onSelect: (ruleId: string) => void;
  onNew: () => void;
}

const KINDS: RuleKind[] = ['faq', 'welcome', 'offline', 'quick'];

/** The pack's rules, highest priority first; the order is the priority (drag, or Alt+↑/↓). */
export function RuleList({ packId, rules, problems, selected, onSelect, onNew }: RuleListProps) {
  const t = useT();
  const name = useRuleName();
  const { db, run } = useEditor();
  const [kind, setKind] = useState<RuleKind | 'all'>('all');
  const dragFrom = useRef<number>(undefined);
  const [dropAt, setDropAt] = useState<number>();
  const refocus = useRef<string>(undefined);
  const listRef = useRef<HTMLOListElement>(null);

  const ordered = byPriority(rules.filter((r) => kind === 'all' || r.kind === kind));

  useEffect(() => {
    if (!refocus.current) return;
    listRef.current?.querySelector<HTMLElement>(`[data-rule-id="${CSS.escape(refocus.current)}"]`)?.focus();
    refocus.current = undefined;
  });

  async function move(from: number, to: number) {
    if (to < 0 || to >= ordered.length || from === to) return;
    const changes = reorderPriorities(ordered.map((r) => ({ id: r.id, priority: r.priority ?? 0 })), from, to);
    refocus.current = ordered[from].id;
    if (changes.length) await run(setPriorities(db, packId, changes));
  }

  function onKeyDown(e: KeyboardEvent, i: number) {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
  }

  return (
    <section className="rule-list" aria-label={t('rules.title', { pack: packId })}>
      <div className="toolbar">
        <label>
          {t('rules.filter')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as RuleKind | 'all')} data-testid="rule-kind-filter">
            <option value="all">{t('rules.filter.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>{t(`kind.${k}`)}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onNew} data-testid="rule-new">{t('rules.new')}</button>
      </div>
      <p className="hint">{t('rules.orderHint')}</p>
      {ordered.length === 0 && <p className="muted">{t('rules.empty')}</p>}
      <ol ref={listRef} data-testid="rule-list">
        {ordered.map((rule, i) => {
          const count = problems.filter((p) => 'ruleId' in p && p.ruleId === rule.id).length;
          return (
            <li
              key={rule.id}
              className={`rule-item${dropAt === i ? ' rule-item--drop' : ''}`}
              draggable
              onDragStart={(e) => {
                dragFrom.current = i;
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', rule.id);
              }}
              onDragOver={(e) => {
                e.preventDefault();
                setDropAt(i);
              }}
              onDragLeave={() => setDropAt(undefined)}
              onDrop={(e) => {
                e.preventDefault();
                setDropAt(undefined);
                if (dragFrom.current !== undefined) void move(dragFrom.current, i);
                dragFrom.current = undefined;
              }}
              data-testid={`rule-item-${rule.id}`}
            >
              <span className="grip" aria-hidden="true">⠿</span>
              <button
                type="button"
                className="rule-open"
                aria-current={rule.id === selected ? 'true' : undefined}
                onClick={() => onSelect(rule.id)}
                onKeyDown={(e) => onKeyDown(e, i)}
                data-rule-id={rule.id}
                data-testid="rule-open"
              >
                <span className={`badge badge--${rule.kind}`}>{t(`kind.${rule.kind}`)}</span>
                <span className="rule-name">{name(packId, rule.id)}</span>
                {count > 0 && <span className="badge badge--warn">{t('rules.problems', { count })}</span>}
              </button>
              <button type="button" className="icon" aria-label={t('rules.moveUp', { rule: name(packId, rule.id) })} disabled={i === 0} onClick={() => void move(i, i - 1)}>↑</button>
              <button type="button" className="icon" aria-label={t('rules.moveDown', { rule: name(packId, rule.id) })} disabled={i === ordered.length - 1} onClick={() => void move(i, i + 1)}>↓</button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
