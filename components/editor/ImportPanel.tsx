import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { PackComplianceFlag } from '../../lib/compliance/check';
import type { PlanSummary } from '../../lib/db/import-session';
import type { InputProblem } from '../../lib/pack/errors';
import type { DecodeProblem } from '../../lib/pack/decode';
import { MAX_PACK_FILE_BYTES } from '../../lib/pack/limits';
import type { ApplyMode } from '../../lib/pack/plan';
import { inputProblemText } from './input-problem-text';
import { useEditor } from './EditorContext';
import { useT } from './I18n';
import { pageImporter, type Importer } from './importer';
import { PlanPreview } from './PlanPreview';
import { downloadText } from './download';
import { templateCsv, templateFileName } from '../../lib/pack/csv-template';
import { parseSiteProfileText } from '../../lib/sites/profile-parse';
import { selectorCheckOf } from '../../lib/sites/selector-check';
import type { SiteProfileFile } from '../../lib/sites/profile-v1';
import type { SiteProfileApi } from './site-profiles/api';
import { siteProfileText } from './site-profiles/recognise';
import { SiteProfilePreview } from './site-profiles/SiteProfilePreview';

type Step =
  | { step: 'choose' }
  | { step: 'working'; file: string }
  | { step: 'errors'; file: string; problems: InputProblem[]; total: number }
  | { step: 'too-large'; file: string; bytes: number; limit: number }
  | { step: 'encoding'; file: string; problem: DecodeProblem }
  | { step: 'plan'; file: string; plans: PlanSummary[]; compliance?: PackComplianceFlag[][] }
  | { step: 'profile'; file: string; profile: SiteProfileFile; existing?: SiteProfileFile }
  | { step: 'done'; message: string };

/** Why a file's bytes were refused, in the person's language. */
function encodingText(t: ReturnType<typeof useT>, file: string, problem: DecodeProblem): string {
  if (problem.code === 'unknown-encoding') return t('import.encoding.unknown', { file, detected: problem.detected ?? '?' });
  const encoding = ENCODING_NAMES[problem.encoding];
  return t(problem.code === 'undecodable' ? 'import.encoding.undecodable' : 'import.encoding.notText', { file, encoding, line: problem.line });
}

const ENCODING_NAMES: Record<DecodeProblem extends infer P ? (P extends { encoding: infer E } ? E & string : never) : never, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  gb18030: 'GBK/GB18030',
  big5: 'Big5',
  shift_jis: 'Shift_JIS',
  'euc-kr': 'EUC-KR',
};

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Import: file → problems or a plan → the supervisor applies or cancels. Nothing is written before
 * Apply. Reading, checking and planning run in the importer (a Web Worker on the options page).
 */
export function ImportPanel({ importer: given, siteProfiles }: { importer?: Importer; siteProfiles?: SiteProfileApi }) {
  const t = useT();
  const { db, setStatus, run } = useEditor();
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
      // A site profile (its `format` says so) is checked here, where the page's own selector engine judges its selectors.
      const profileText = siteProfiles ? await siteProfileText(file) : null;
      if (run !== latest.current) return;
      if (siteProfiles && profileText !== null) {
        const parsed = parseSiteProfileText(profileText, file.name, selectorCheckOf(document));
        if (!parsed.ok) return setState({ step: 'errors', file: file.name, problems: parsed.problems, total: parsed.problems.length });
        const existing = (await siteProfiles.list()).find((p) => p.profile.id === parsed.value.id)?.profile;
        if (run !== latest.current) return;
        return setState({ step: 'profile', file: file.name, profile: parsed.value, existing });
      }
      const prepared = await importer.prepare(file);
      if (run !== latest.current) return;
      if (!prepared.ok) {
        return setState(
          prepared.reason === 'too-large'
            ? { step: 'too-large', file: prepared.file, bytes: prepared.bytes, limit: prepared.limit }
            : prepared.reason === 'encoding'
            ? { step: 'encoding', file: prepared.file, problem: prepared.problem }
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
      // On the editor's undo stack like any edit: Undo puts the packs back as they were before Apply.
      await run(Promise.resolve({ ok: true, undo: done.undo }));
      reset(done.packs.map((d) => t('packs.applied', d)).join(' '));
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
      <p className="templates">
        {t('import.template.hint')}{' '}
        <button type="button" onClick={() => downloadText(templateFileName('zh'), templateCsv('zh'), 'text/csv;charset=utf-8')} data-testid="shopreply.import-template-zh">{t('import.template.zh')}</button>{' '}
        <button type="button" onClick={() => downloadText(templateFileName('en'), templateCsv('en'), 'text/csv;charset=utf-8')} data-testid="shopreply.import-template-en">{t('import.template.en')}</button>
      </p>
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
      {state.step === 'encoding' && (
        <div role="alert" className="import-errors" data-testid="import-errors">
          <p data-testid="import-error">{encodingText(t, state.file, state.problem)}</p>
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
      {state.step === 'profile' && siteProfiles && (
        <SiteProfilePreview
          key={`${state.file}:${latest.current}`}
          profile={state.profile}
          existing={state.existing}
          file={state.file}
          api={siteProfiles}
          onDone={reset}
          onCancel={() => {
            latest.current++;
            reset(t('packs.cancelled'));
          }}
        />
      )}
      {state.step === 'done' && <p role="status" data-testid="import-status">{state.message}</p>}
    </section>
  );
}
