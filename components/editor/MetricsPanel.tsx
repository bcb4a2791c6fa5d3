import { useLiveQuery } from 'dexie-react-hooks';
import { formatDuration, formatShare } from '../../lib/metrics/format';
import { loadMetrics } from '../../lib/db/events';
import { EVENT_RETENTION_DAYS } from '../../lib/metrics/rollup';
import { useEditor } from './EditorContext';
import { useT } from './I18n';

/** First response time, takeover rate, repeated questions, acceptance, per gray-launch group. */
export function MetricsPanel() {
  const t = useT();
  const { db } = useEditor();
  const report = useLiveQuery(() => loadMetrics(db), [db]);
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
      <p className="hint" data-testid="metrics.retention">{t('metrics.retention', { days: EVENT_RETENTION_DAYS })}</p>
    </section>
  );
}
