import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { PackComplianceFlag } from '../../lib/compliance/check';
import type { PlanSummary } from '../../lib/db/import-session';
import type { InputProblem } from '../../lib/pack/errors';
import { MAX_PACK_FILE_BYTES } from '../../lib/pack/limits';
import type { ApplyMode } from '../../lib/pack/plan';
import { inputProblemText } from './input-problem-text';
import { useEditor } from './EditorContext';
import { useT } from './I18n';
import { pageImporter, type Importer } from './importer';
import { PlanPreview } from './PlanPreview';

type Step =
  | { step: 'choose' }
  | { step: 'working'; file: string }
  | { step: 'errors'; file: string; problems: InputProblem[]; total: number }
  | { step: 'too-large'; file: string; bytes: number; limit: number }
  | { step: 'plan'; file: string; plans: PlanSummary[]; compliance?: PackComplianceFlag[][] }
  | { step: 'done'; message: string };

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Import: file → problems or a plan → the supervisor applies or cancels. Nothing is written before
 * Apply. Reading, checking and planning run in the importer (a Web Worker on the options page).
 */
export function ImportPanel({ importer: given }: { importer?: Importer }) {
  const t = useT();
  const { db, setStatus } = useEditor();
  const importer = useMemo(() => given ?? pageImporter(db), [given, db]);
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [mode, setMode] = useState<ApplyMode>('merge-keep-local');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  const failed = (e: unknown) => {
    const message = t('packs.failed', { error: e instanceof Error ? e.message : String(e) });
    setStatus(message);
    setState({ step: 'done', message });
  };

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    e.target.value = ''; // so that choosing the same file again (after fixing it) reads it again
    const run = ++latest.current;
    setState({ step: 'working', file: file.name });
    try {
      const prepared = await importer.prepare(file);
      if (run !== latest.current) return;
      if (!prepared.ok) {
        return setState(
          prepared.reason === 'too-large'
            ? { step: 'too-large', file: prepared.file, bytes: prepared.bytes, limit: prepared.limit }
            : { step: 'errors', file: prepared.file, problems: prepared.problems, total: prepared.total },
        );
      }
      setMode('merge-keep-local');
      setState({ step: 'plan', file: prepared.file, plans: prepared.plans });
      // Computed once per plan, after the preview is up: the list of flagged replies fills in.
      const compliance = await importer.compliance();
      if (run === latest.current) setState((s) => (s.step === 'plan' ? { ...s, compliance } : s));
    } catch (err) {
      if (run === latest.current) failed(err);
    }
  }

  function reset(message: string) {
    if (input.current) input.current.value = '';
    setState({ step: 'done', message });
    setStatus(message);
  }

  async function apply() {
    setBusy(true);
    latest.current++;
    try {
      const done = await importer.apply(mode);
      reset(done.map((d) => t('packs.applied', d)).join(' '));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="import" aria-label={t('packs.import')} data-testid="import">
      <h2>{t('packs.import')}</h2>
      <p className="hint">{t('packs.importHint')} <span data-testid="shopreply.import-size-limit">{t('packs.sizeLimit', { mb: mb(MAX_PACK_FILE_BYTES) })}</span></p>
      <label className="block">
        <span>{t('packs.file')}</span>
        <input ref={input} type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void onFile(e)} data-testid="import-file" />
      </label>
      {state.step === 'working' && <p role="status" data-testid="shopreply.import-working">{t('packs.working', { file: state.file })}</p>}
      {state.step === 'too-large' && (
        <div role="alert" className="import-errors" data-testid="import-errors">
          <p data-testid="import-error">{t('packs.tooLarge', { file: state.file, size: mb(state.bytes), mb: mb(state.limit) })}</p>
        </div>
      )}
      {state.step === 'errors' && (
        <div role="alert" className="import-errors" data-testid="import-errors">
          <p>{t('packs.errors', { file: state.file })}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i} data-testid="import-error">{inputProblemText(p, t)}</li>
            ))}
          </ul>
          {state.total > state.problems.length && (
            <p data-testid="shopreply.import-more-errors">{t('packs.moreErrors', { count: state.total - state.problems.length, total: state.total })}</p>
          )}
        </div>
      )}
      {state.step === 'plan' && (
        <PlanPreview
          file={state.file}
          plans={state.plans}
          compliance={state.compliance}
          mode={mode}
          onMode={setMode}
          busy={busy}
          onApply={() => void apply()}
          onCancel={() => {
            latest.current++;
            void importer.cancel();
            reset(t('packs.cancelled'));
          }}
        />
      )}
      {state.step === 'done' && <p role="status" data-testid="import-status">{state.message}</p>}
    </section>
  );
}
