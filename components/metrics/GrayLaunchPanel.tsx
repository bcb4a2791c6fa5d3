import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { ShopReplyDB } from '../../lib/db/database';
import { loadMetricsWindow } from '../../lib/db/events';
import { saveSettings } from '../../lib/db/settings';
import { RATE_LIMIT } from '../../lib/metrics/daily';
import { formatCountdown, formatRate, formatShare } from '../../lib/metrics/format';
import {
  evaluateGrayLaunch, grayLaunchFigures, GRAY_LAUNCH_DEFAULT_SHARE, GRAY_LAUNCH_HOURS, type ArmFigures, type GrayReason, type Ratio,
} from '../../lib/metrics/gray-launch';
import type { ShopSettings } from '../../lib/settings/schema';
import { useT, useUiLanguage, type Translate } from '../editor/I18n';

/** The bars' scale: the 8 % line sits at 40 % of the width unless a rate is higher. */
const BAR_TOP = 0.2;

/** The guide's gray launch: start it, watch the 72 hours and the two rates, act on the verdict. */
export function GrayLaunchPanel({ db, settings }: { db: ShopReplyDB; settings: ShopSettings }) {
  const t = useT();
  const ui = useUiLanguage();
  const launch = settings.grayLaunch;
  const running = launch && !launch.ended;
  const [share, setShare] = useState(String(GRAY_LAUNCH_DEFAULT_SHARE * 100));
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);
  const window = useLiveQuery(() => (running ? loadMetricsWindow(db, launch.startedAt) : undefined), [db, running, launch?.startedAt]);
  // Counted again when events arrive, not on every tick of the countdown.
  const figures = useMemo(() => (window && launch ? grayLaunchFigures(window.events, launch.startedAt) : undefined), [window, launch]);
  const when = (at: number) => new Date(at).toLocaleString(ui === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  async function start() {
    const percent = Number(share.replace(',', '.'));
    if (!(percent > 0 && percent < 100)) return setError(t('gray.shareInvalid'));
    setError(undefined);
    const value = percent / 100;
    await saveSettings(db, { grayLaunchShare: value, grayLaunch: { share: value, startedAt: Date.now() } });
  }
  async function end(outcome: 'widened' | 'stopped') {
    if (!launch) return;
    await saveSettings(db, { grayLaunchShare: outcome === 'widened' ? 1 : 0, grayLaunch: { ...launch, ended: { at: Date.now(), outcome } } });
  }

  const guide = <p className="hint">{t('gray.guide', { hours: GRAY_LAUNCH_HOURS, limit: formatShare(RATE_LIMIT) })}</p>;
  if (!running) {
    return (
      <section className="gray-launch" data-testid="shopreply.gray-launch">
        <h3>{t('gray.title')}</h3>
        {guide}
        {launch?.ended && (
          <p data-testid="shopreply.gray-ended">
            {t(`gray.ended.${launch.ended.outcome}`, { share: formatRate(launch.share), start: when(launch.startedAt), end: when(launch.ended.at) })}
          </p>
        )}
        <div className="row">
          <label>
            <span>{t('gray.share')}</span>
            <input inputMode="decimal" value={share} onChange={(e) => setShare(e.target.value)} data-testid="shopreply.gray-share" />
          </label>
          <button type="button" onClick={() => void start()} data-testid="shopreply.gray-start">{t('gray.start')}</button>
        </div>
        {error && <p role="alert" className="field-error">{error}</p>}
      </section>
    );
  }

  const evaluation = figures && evaluateGrayLaunch({ startedAt: launch.startedAt, share: launch.share, now, ...figures });
  return (
    <section className="gray-launch" data-testid="shopreply.gray-launch">
      <h3>{t('gray.title')}</h3>
      {guide}
      <p data-testid="shopreply.gray-running">{t('gray.running', { share: formatRate(launch.share), start: when(launch.startedAt) })}</p>
      {evaluation && (
        <>
          <p className="countdown" data-testid="shopreply.gray-countdown">
            {evaluation.remainingMs > 0 ? t('gray.remaining', { time: formatCountdown(evaluation.remainingMs) }) : t('gray.done', { hours: GRAY_LAUNCH_HOURS })}
          </p>
          <ArmsTable inside={figures.inside} outside={figures.outside} />
          <div className={`verdict verdict-${evaluation.verdict}`} data-testid="shopreply.gray-verdict" data-verdict={evaluation.verdict}>
            <strong>{t(`gray.verdict.${evaluation.verdict}`)}</strong>
            <ul>
              {evaluation.reasons.map((r, i) => <li key={i}>{reasonText(t, r)}</li>)}
            </ul>
            {evaluation.verdict === 'ready' && (
              <button type="button" onClick={() => void end('widened')} data-testid="shopreply.gray-widen">{t('gray.widen')}</button>
            )}
            {evaluation.verdict === 'stop' && (
              <button type="button" onClick={() => void end('stopped')} data-testid="shopreply.gray-stop">{t('gray.stop')}</button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function reasonText(t: Translate, r: GrayReason): string {
  switch (r.code) {
    case 'rate-within':
    case 'rate-above':
    case 'rate-clearly-above':
      return t(`gray.reason.${r.code}`, { rate: t(`gray.${r.rate}`), value: formatRate(r.value), limit: formatShare(r.limit) });
    case 'rate-unmeasured':
      return t('gray.reason.rate-unmeasured', { rate: t(`gray.${r.rate}`) });
    case 'time-left':
      return t('gray.reason.time-left', { time: formatCountdown(r.remainingMs) });
    case 'time-done':
      return t('gray.reason.time-done', { hours: r.hours });
    case 'too-few-conversations':
    case 'enough-conversations':
      return t(`gray.reason.${r.code}`, { have: r.have, need: r.need });
  }
}

function ArmsTable({ inside, outside }: { inside: ArmFigures; outside: ArmFigures }) {
  const t = useT();
  const arms = [['inside', inside], ['outside', outside]] as const;
  return (
    <table className="gray-arms" data-testid="shopreply.gray-arms">
      <thead>
        <tr>
          <th>{t('gray.rate')}</th>
          {arms.map(([name]) => <th key={name}>{t(`gray.${name}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        <tr data-testid="shopreply.gray-conversations">
          <th scope="row">{t('gray.conversations')}</th>
          {arms.map(([name, a]) => <td key={name}>{a.conversations}</td>)}
        </tr>
        {(['takeover', 'repeat'] as const).map((rate) => (
          <tr key={rate} data-testid={`shopreply.gray-${rate}`}>
            <th scope="row">{t(`gray.${rate}`)}</th>
            {arms.map(([name, a]) => <td key={name}><RateBar ratio={a[rate]} /></td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The rate as a bar with the 8 % line across it; red past the line. */
function RateBar({ ratio }: { ratio: Ratio }) {
  const t = useT();
  if (!ratio.of) return <span className="hint">{t('gray.unmeasured')}</span>;
  const rate = ratio.count / ratio.of;
  const top = Math.max(BAR_TOP, rate);
  const over = ratio.count * 100 > RATE_LIMIT * 100 * ratio.of;
  return (
    <div className="rate">
      <div className="rate-bar" role="img" aria-label={`${formatRate(rate)} / ${formatShare(RATE_LIMIT)}`}>
        <div className={over ? 'rate-fill over' : 'rate-fill'} style={{ width: `${(rate / top) * 100}%` }} />
        <div className="rate-limit" style={{ left: `${(RATE_LIMIT / top) * 100}%` }} title={formatShare(RATE_LIMIT)} />
      </div>
      <span className="rate-value">{formatRate(rate)}</span> <span className="hint">{t('gray.ofCount', { count: ratio.count, of: ratio.of })}</span>
    </div>
  );
}
