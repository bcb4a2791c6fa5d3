import type { PackComplianceFlag } from '../../lib/compliance/check';
import type { PlanSummary } from '../../lib/db/import-session';
import type { ApplyMode } from '../../lib/pack/plan';
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
