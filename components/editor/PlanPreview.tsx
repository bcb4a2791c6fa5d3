import type { PackComplianceFlag } from '../../lib/compliance/check';
import type { PlanSummary } from '../../lib/db/import-session';
import type { ApplyMode } from '../../lib/pack/plan';
import { useState } from 'react';
import type { RuleDiff, TextChange } from '../../lib/pack/plan-diff';
import { useT } from './I18n';

export interface PlanPreviewProps {
  file: string;
  plans: PlanSummary[];
  /** Flagged replies per plan, computed once by the importer; undefined while it works. */
  compliance?: PackComplianceFlag[][];
  mode: ApplyMode;
  onMode: (mode: ApplyMode) => void;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** Ids shown per list: a 10,000-rule pack lists the first ones and counts the rest. */
export const SHOWN_IDS = 200;

function Ids({ title, ids, testId }: { title: string; ids: string[]; testId: string }) {
  const t = useT();
  if (!ids.length) return null;
  return (
    <div data-testid={testId}>
      <h4>{title}</h4>
      <ul className="ids">
        {ids.slice(0, SHOWN_IDS).map((id) => <li key={id}><code>{id}</code></li>)}
        {ids.length > SHOWN_IDS && <li className="muted">{t('packs.plan.more', { count: ids.length - SHOWN_IDS })}</li>}
      </ul>
    </div>
  );
}

/** What an import would do, before anything is written: one section per pack in the file. */
export function PlanPreview({ file, plans, compliance, mode, onMode, busy, onApply, onCancel }: PlanPreviewProps) {
  const t = useT();
  const conflicts = plans.some((p) => p.conflicts.length > 0);
  return (
    <div className="plan" data-testid="import-plan" data-plan-kind={plans.map((p) => p.kind).join(' ')}>
      <h3>{t('packs.plan', { file })}</h3>
      {plans.map((plan, i) => <PackPlan key={plan.packId} plan={plan} flags={compliance?.[i]} />)}
      {!compliance && <p className="muted" data-testid="shopreply.plan-compliance-pending">{t('packs.checkingCompliance')}</p>}
      {conflicts && (
        <fieldset>
          <legend>{t('packs.mode')}</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'merge-keep-local'} onChange={() => onMode('merge-keep-local')} data-testid="mode-merge" />
            {t('packs.mode.merge')}
          </label>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => onMode('replace')} data-testid="mode-replace" />
            {t('packs.mode.replace')}
          </label>
        </fieldset>
      )}
      <div className="actions">
        <button type="button" onClick={onApply} disabled={busy} data-testid="import-apply">{t('packs.apply')}</button>
        <button type="button" onClick={onCancel} disabled={busy} data-testid="import-cancel">{t('packs.cancel')}</button>
      </div>
    </div>
  );
}

function PackPlan({ plan, flags }: { plan: PlanSummary; flags?: PackComplianceFlag[] }) {
  const t = useT();
  const pack = plan.packName;
  const summary = {
    'new-pack': t('packs.plan.new', { pack, version: plan.incomingVersion }),
    update: t('packs.plan.update', { pack, from: plan.existingVersion ?? '', version: plan.incomingVersion }),
    'same-version': t('packs.plan.same', { pack, version: plan.incomingVersion }),
    'older-version': t('packs.plan.older', { pack, from: plan.existingVersion ?? '', version: plan.incomingVersion }),
  }[plan.kind];
  const nothing = !plan.added.length && !plan.changed.length && !plan.removed.length && !plan.conflicts.length && !plan.metaChanged.length;

  return (
    <section className="pack-plan" data-testid={`plan-${plan.packId}`}>
      <p data-testid="plan-summary">{summary}</p>
      {nothing && <p data-testid="plan-nothing">{t('packs.plan.nothing')}</p>}
      {plan.metaChanged.length > 0 && <p>{t('packs.plan.meta', { fields: plan.metaChanged.join(', ') })}</p>}
      <Ids title={t('packs.plan.added', { count: plan.added.length })} ids={plan.added} testId="plan-added" />
      <Ids title={t('packs.plan.changed', { count: plan.changed.length })} ids={plan.changed.map((c) => `${c.ruleId} (${c.fields.join(', ')})`)} testId="plan-changed" />
      <Ids title={t('packs.plan.removed', { count: plan.removed.length })} ids={plan.removed} testId="plan-removed" />
      {plan.conflicts.length > 0 && (
        <div data-testid="plan-conflicts">
          <h4>{t('packs.plan.conflicts', { count: plan.conflicts.length })}</h4>
          <ul className="ids">
            {plan.conflicts.slice(0, SHOWN_IDS).map((c) => (
              <li key={c.ruleId}><code>{c.ruleId}</code> — {t(`packs.why.${c.why}`)}</li>
            ))}
            {plan.conflicts.length > SHOWN_IDS && <li className="muted">{t('packs.plan.more', { count: plan.conflicts.length - SHOWN_IDS })}</li>}
          </ul>
        </div>
      )}
      {plan.unchanged > 0 && <p className="muted">{t('packs.plan.unchanged', { count: plan.unchanged })}</p>}
      <TextDiffs diffs={plan.diffs} />
      {flags && <ComplianceFlags flags={flags} />}
    </section>
  );
}

/** Replies in the incoming pack that marketplaces forbid: they can be imported but are never sent automatically. */
function ComplianceFlags({ flags }: { flags: PackComplianceFlag[] }) {
  const t = useT();
  if (!flags.length) return null;
  return (
    <div className="plan-compliance" data-testid="plan-compliance">
      <h4>{t('packs.plan.compliance', { count: flags.length })}</h4>
      <ul className="ids">
        {flags.slice(0, SHOWN_IDS).map((f) => (
          <li key={`${f.ruleId}/${f.language}/${f.replyIndex}`}>
            <code>{f.ruleId}</code> ({f.language}): {f.violations.map((v) => `“${v.match}”`).join(', ')}
          </li>
        ))}
        {flags.length > SHOWN_IDS && <li className="muted">{t('packs.plan.more', { count: flags.length - SHOWN_IDS })}</li>}
      </ul>
    </div>
  );
}

/** Rules per page of the text changes: a 10,000-rule plan renders 50 at a time. */
export const DIFF_PAGE_SIZE = 50;

/** The texts each rule gets, before and after, per language; paged so a large pack renders fast. */
export function TextDiffs({ diffs, pageSize = DIFF_PAGE_SIZE }: { diffs: RuleDiff[]; pageSize?: number }) {
  const t = useT();
  const [page, setPage] = useState(0);
  const withTexts = diffs.filter((d) => d.texts.length > 0);
  if (!withTexts.length) return null;
  const pages = Math.ceil(withTexts.length / pageSize);
  const current = Math.min(page, pages - 1);
  const from = current * pageSize;
  const shown = withTexts.slice(from, from + pageSize);
  return (
    <div className="plan-diff" data-testid="shopreply.plan-diff">
      <h4>{t('import.diff.title', { count: withTexts.length })}</h4>
      {pages > 1 && (
        <p className="pager">
          <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0} data-testid="shopreply.plan-diff-prev">{t('import.diff.prev')}</button>{' '}
          <span data-testid="shopreply.plan-diff-page">{t('import.diff.page', { from: from + 1, to: from + shown.length, total: withTexts.length })}</span>{' '}
          <button type="button" onClick={() => setPage(current + 1)} disabled={current >= pages - 1} data-testid="shopreply.plan-diff-next">{t('import.diff.next')}</button>
        </p>
      )}
      <ul className="diff-rules">
        {shown.map((d) => (
          <li key={`${d.change}/${d.ruleId}`} data-testid="shopreply.plan-diff-rule" data-rule-id={d.ruleId}>
            <code>{d.ruleId}</code> <span className="muted">{t(`import.diff.change.${d.change}`)}</span>
            <table className="diff-texts">
              <tbody>
                {d.texts.map((c) => <TextRow key={`${c.field}/${c.language}`} change={c} />)}
              </tbody>
            </table>
          </li>
        ))}
      </ul>
    </div>
  );
}

function TextRow({ change }: { change: TextChange }) {
  const t = useT();
  const list = (texts: string[]) => (texts.length ? texts.join(' · ') : t('import.diff.none'));
  return (
    <tr>
      <th scope="row">{t(`import.diff.field.${change.field}`)} ({change.language})</th>
      <td data-testid="shopreply.plan-diff-before"><del>{list(change.before)}</del></td>
      <td aria-hidden="true">→</td>
      <td data-testid="shopreply.plan-diff-after"><ins>{list(change.after)}</ins></td>
    </tr>
  );
}
