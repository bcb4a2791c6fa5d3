import { useRef, useState, type ChangeEvent } from 'react';
import { loadStoredPack, writeAppliedImport } from '../../lib/db/pack-io';
import type { InputProblem } from '../../lib/pack/errors';
import { inputProblemText } from './input-problem-text';
import { applyPlan, planImport, type ApplyMode, type ImportPlan } from '../../lib/pack/plan';
import { parsePackFile } from '../../lib/editor/pack-file';
import { useEditor } from './EditorContext';
import { useT } from './I18n';
import { PlanPreview } from './PlanPreview';

type Step =
  | { step: 'choose' }
  | { step: 'errors'; file: string; problems: InputProblem[] }
  | { step: 'plan'; file: string; plans: ImportPlan[] }
  | { step: 'done'; message: string };

/** Import: file → problems or a plan → the supervisor applies or cancels. Nothing is written before Apply. */
export function ImportPanel() {
  const t = useT();
  const { db, setStatus } = useEditor();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [mode, setMode] = useState<ApplyMode>('merge-keep-local');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    e.target.value = ''; // so that choosing the same file again (after fixing it) reads it again
    const parsed = parsePackFile(file.name, await file.text());
    if (!parsed.ok) return setState({ step: 'errors', file: file.name, problems: parsed.problems });
    const plans = await Promise.all(parsed.value.map(async (pack) => planImport(pack, await loadStoredPack(db, pack.id))));
    setMode('merge-keep-local');
    setState({ step: 'plan', file: file.name, plans });
  }

  function reset(message: string) {
    if (input.current) input.current.value = '';
    setState({ step: 'done', message });
    setStatus(message);
  }

  async function apply(plans: ImportPlan[], file: string) {
    setBusy(true);
    try {
      // One transaction for every pack of the file. The plans were made against the library as it
      // was; if it changed meanwhile, plan again inside the transaction.
      const now = Date.now();
      await db.transaction('rw', [db.packs, db.rules, db.learned, db.settings], async () => {
        for (const plan of plans) {
          const fresh = planImport(plan.incoming, await loadStoredPack(db, plan.packId));
          await writeAppliedImport(db, applyPlan(fresh, mode), 'import', now, file);
        }
      });
      reset(plans.map((plan) => t('packs.applied', { pack: plan.incoming.name, version: plan.incomingVersion })).join(' '));
    } catch (e) {
      setStatus(t('packs.failed', { error: e instanceof Error ? e.message : String(e) }));
      setState({ step: 'done', message: t('packs.failed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="import" aria-label={t('packs.import')} data-testid="import">
      <h2>{t('packs.import')}</h2>
      <p className="hint">{t('packs.importHint')}</p>
      <label className="block">
        <span>{t('packs.file')}</span>
        <input ref={input} type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void onFile(e)} data-testid="import-file" />
      </label>
      {state.step === 'errors' && (
        <div role="alert" className="import-errors" data-testid="import-errors">
          <p>{t('packs.errors', { file: state.file })}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i} data-testid="import-error">{inputProblemText(p, t)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'plan' && (
        <PlanPreview
          file={state.file}
          plans={state.plans}
          mode={mode}
          onMode={setMode}
          busy={busy}
          onApply={() => void apply(state.plans, state.file)}
          onCancel={() => reset(t('packs.cancelled'))}
        />
      )}
      {state.step === 'done' && <p role="status" data-testid="import-status">{state.message}</p>}
    </section>
  );
}
