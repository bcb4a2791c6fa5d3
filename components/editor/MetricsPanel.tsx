import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { formatDuration, formatShare } from '../../lib/metrics/format';
import { loadMetrics, loadMetricsWindow } from '../../lib/db/events';
import { EVENT_RETENTION_DAYS } from '../../lib/metrics/rollup';
import { dailySeries, dayTallies, METRIC_PERIODS, periodDays, periodTally, ruleTable, type MetricPeriod } from '../../lib/metrics/daily';
import { questionKey, unansweredQuestions } from '../../lib/metrics/unanswered';
import { GrayLaunchPanel } from '../metrics/GrayLaunchPanel';
import { MetricsCharts } from '../metrics/MetricsCharts';
import { RuleTable } from '../metrics/RuleTable';
import { UnansweredList } from '../metrics/UnansweredList';
import { useEditor } from './EditorContext';
import { useT } from './I18n';
import { useRuleName } from './RuleNames';
import type { LibraryState } from './useLibrary';
import { useShopSettings } from './useShopSettings';

export interface MetricsPanelProps {
  library: LibraryState;
  onOpenRule: (packId: string, ruleId: string) => void;
}

/** The totals, the gray launch, and a chosen period as charts, per rule and unanswered questions. */
export function MetricsPanel({ library, onOpenRule }: MetricsPanelProps) {
  const t = useT();
  const { db } = useEditor();
  const stored = useShopSettings(db);
  const report = useLiveQuery(() => loadMetrics(db), [db]);
  const [period, setPeriod] = useState<MetricPeriod>(7);
  const today = new Date().toISOString().slice(0, 10);
  const days = useMemo(() => periodDays(Date.parse(`${today}T12:00:00Z`), period), [today, period]);
  const from = Date.parse(`${days[0]}T00:00:00Z`);
  const window = useLiveQuery(() => loadMetricsWindow(db, from), [db, from]);

  const view = useMemo(() => {
    if (!window) return undefined;
    const tallies = dayTallies(window.events, window.rollups);
    const known = new Set<string>();
    for (const l of library.learned) known.add(questionKey(l.text));
    for (const r of library.rules) for (const list of Object.values(r.examples ?? {})) for (const e of list) known.add(questionKey(e));
    return {
      points: dailySeries(tallies, days),
      rules: ruleTable(periodTally(tallies, days)),
      unanswered: unansweredQuestions(window.events, from, known),
    };
  }, [window, days, from, library]);
  // Rules by the title the rest of the editor shows (a starter rule's in the interface language).
  const name = useRuleName();
  const titleOf = useMemo(() => (ruleId: string) => name(undefined, ruleId), [name]);

  if (!report) return null;
  const groups = [
    ['metrics.all', report.all],
    ['metrics.in', report.byArm.in],
    ['metrics.out', report.byArm.out],
  ] as const;
  const rows = [
    ['metrics.sessions', (m: typeof report.all) => String(m.sessions)],
    ['metrics.firstResponse', (m: typeof report.all) => formatDuration(m.firstResponseMedianMs)],
    ['metrics.acceptance', (m: typeof report.all) => formatShare(m.acceptanceRate)],
    ['metrics.takeover', (m: typeof report.all) => formatShare(m.takeoverRate)],
    ['metrics.repeated', (m: typeof report.all) => String(m.repeatedQuestions)],
    ['metrics.autoSent', (m: typeof report.all) => String(m.autoSent)],
    ['metrics.blocked', (m: typeof report.all) => String(m.blocked)],
  ] as const;
  return (
    <section className="metrics" data-testid="metrics">
      <h2>{t('metrics.title')}</h2>
      {report.all.sessions === 0 ? (
        <p>{t('metrics.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('metrics.group')}</th>
              {groups.map(([key]) => <th key={key}>{t(key)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, value]) => (
              <tr key={key} data-testid={key}>
                <th scope="row">{t(key)}</th>
                {groups.map(([g, m]) => <td key={g}>{value(m)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {stored && <GrayLaunchPanel db={db} settings={stored.settings} />}
      <div className="period" role="radiogroup" aria-label={t('metrics.period')} data-testid="shopreply.metrics-period">
        <span>{t('metrics.period')}</span>
        {METRIC_PERIODS.map((d) => (
          <button key={d} type="button" role="radio" aria-checked={period === d} onClick={() => setPeriod(d)} data-testid={`shopreply.metrics-period-${d}`}>
            {t('metrics.periodDays', { days: d })}
          </button>
        ))}
      </div>
      {view && (
        <>
          <MetricsCharts points={view.points} />
          <RuleTable rows={view.rules} titleOf={titleOf} />
          <UnansweredList questions={view.unanswered} packs={library.packs} rules={library.rules} titleOf={titleOf} onOpenRule={onOpenRule} />
        </>
      )}
      <p className="hint" data-testid="metrics.retention">{t('metrics.retention', { days: EVENT_RETENTION_DAYS })}</p>
    </section>
  );
}
