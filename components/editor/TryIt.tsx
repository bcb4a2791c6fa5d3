import { useEffect, useState } from 'react';
import type { SuggestionsResponse, TrainingStatus } from '../../lib/messages/protocol';
import type { Ask } from '../../lib/messages/ask';
import { KNOWN_VARIABLES, type KnownVariable } from '../../lib/pack/schema';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { useTrainingStatus } from './useTrainingStatus';
import { languageName } from '../../lib/i18n';
import { reasonDetail, reasonText } from '../reason-text';
import { useRuleName } from './RuleNames';

/** The page's `ask()` to the background worker (lib/messages/ask.ts). */
export type AskWorker = Ask;

export interface TryItProps {
  /** The library revision: a change asks again, so edits show at once. */
  revision: number;
  ask: AskWorker;
}

type Answer = { state: 'idle' } | { state: 'waiting' } | { state: 'error'; error: string } | { state: 'done'; response: SuggestionsResponse };

const DELAY_MS = 250;

/** A buyer message tried against the library, answered by the worker exactly as in a chat. */
export function TryIt({ revision, ask }: TryItProps) {
  const t = useT();
  const ui = useUiLanguage();
  // Polled here, not in the page: its updates re-render this box alone. A newly trained model asks again.
  const training = useTrainingStatus(ask, revision);
  const name = useRuleName();
  const { samples, setSamples } = useEditor();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Answer>({ state: 'idle' });

  useEffect(() => {
    if (!text.trim()) return setAnswer({ state: 'idle' });
    let current = true;
    const timer = setTimeout(async () => {
      setAnswer((a) => (a.state === 'done' ? a : { state: 'waiting' }));
      const context = {
        conversationId: 'try-it',
        buyerName: samples.buyer_name || undefined,
        orderId: samples.order_id || undefined,
        sku: samples.sku || undefined,
        productName: samples.product_name || undefined,
        skusInView: [],
      };
      try {
        const response = await ask({ type: 'try', text, context });
        if (current) setAnswer({ state: 'done', response });
      } catch (e) {
        if (current) setAnswer({ state: 'error', error: e instanceof Error ? e.message : String(e) });
      }
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, samples, revision, ask, training?.state, training?.stage, training?.model]);

  const setSample = (name: KnownVariable, value: string) => setSamples({ ...samples, [name]: value });

  return (
    <section className="try-it" aria-label={t('try.title')} data-testid="try-it">
      <h2>{t('try.title')}</h2>
      {training && <TrainingLine status={training} />}
      <label className="block">
        <span>{t('try.message')}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} placeholder={t('try.placeholder')} data-testid="try-input" />
      </label>
      <details className="samples">
        <summary>{t('try.samples')}</summary>
        {KNOWN_VARIABLES.map((name) => (
          <label key={name}>
            <span>{t(`var.${name}`)} <code>{`{${name}}`}</code></span>
            <input value={samples[name] ?? ''} onChange={(e) => setSample(name, e.target.value)} data-testid={`sample-${name}`} />
          </label>
        ))}
      </details>
      <div aria-live="polite" data-testid="try-results">
        {answer.state === 'waiting' && <p className="muted">{t('try.waiting')}</p>}
        {answer.state === 'error' && <p role="alert" className="field-error">{t('try.error', { error: answer.error })}</p>}
        {answer.state === 'done' && (
          <>
            <p className="muted" data-testid="try-language">{t('try.detected', { language: languageName(answer.response.language, ui) })}</p>
            {answer.response.suggestions.length === 0 ? (
              <p data-testid="try-none">{t('try.none')}</p>
            ) : (
              <ol className="try-list">
                {answer.response.suggestions.map((s) => (
                  <li key={`${s.packId}/${s.ruleId}`} className="try-item" data-testid="try-suggestion" data-rule-id={s.ruleId}>
                    <div className="try-why">
                      <strong data-testid="try-rule" title={s.ruleId}>{name(s.packId, s.ruleId)}</strong>
                      <span className="badge">{t(`kind.${s.kind}`)}</span>
                      <span data-testid="try-score">{t('try.score', { score: `${Math.round(s.score * 100)} %` })}</span>
                      <span data-testid="try-suggestion-language" data-language={s.language}>{languageName(s.language, ui)}</span>
                    </div>
                    <p className="try-reason" data-testid="try-reason">{reasonText(s, ui)}</p>
                    {reasonDetail(s, ui).length > 0 && <p className="try-reason" data-testid="try-why">{reasonDetail(s, ui).join(' · ')}</p>}
                    <p className="preview" data-testid="try-text">{s.text}</p>
                    {s.missing.length > 0 && <p className="problem">{t('try.missing', { names: s.missing.map((m) => `{${m}}`).join(', ') })}</p>}
                    {s.violations.length > 0 && <p className="problem problem--error">{t('try.violations', { phrases: s.violations.join(', ') })}</p>}
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </div>
    </section>
  );
}

/** "Training: 40 %" while the worker trains the model (answers come from an interim one), then ready. */
export function TrainingLine({ status }: { status: TrainingStatus }) {
  const t = useT();
  const percent = Math.floor(status.progress * 100);
  return (
    <p className="muted training-status" role="status" data-testid="shopreply.training-status" data-state={status.state}>
      {status.state === 'training' ? (
        <>
          {t('training.progress', { percent })} <progress max={100} value={percent} />
        </>
      ) : status.state === 'ready' ? (
        t('training.ready', { rules: status.rules })
      ) : (
        t('training.failed')
      )}
    </p>
  );
}
