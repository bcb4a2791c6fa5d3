import { useMemo } from 'react';
import { RATE_LIMIT, type DayPoint } from '../../lib/metrics/daily';
import { formatShare } from '../../lib/metrics/format';
import { useT } from '../editor/I18n';
import { LineChart, type ChartSeries } from './LineChart';

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** The four charts of a period: first response, acceptance, takeover and repeat rates with the 8 % line. */
export function MetricsCharts({ points }: { points: DayPoint[] }) {
  const t = useT();
  const charts = useMemo(() => {
    const days = points.map((p) => p.at);
    const limit: ChartSeries = {
      label: t('metrics.series.limit', { limit: formatShare(RATE_LIMIT) }), color: '#c0392b', dash: [6, 4], values: points.map(() => RATE_LIMIT * 100),
    };
    return [
      {
        testId: 'shopreply.chart-first-response', title: t('metrics.chart.firstResponse'), days, minTop: 10,
        series: [{ label: t('metrics.series.firstResponse'), color: '#2f6fdf', values: points.map((p) => (p.firstResponseMedianMs === null ? null : p.firstResponseMedianMs / 1000)) }],
      },
      {
        testId: 'shopreply.chart-acceptance', title: t('metrics.chart.acceptance'), days, minTop: 4,
        series: [
          { label: t('metrics.series.accepted'), color: '#27ae60', values: points.map((p) => p.accepted) },
          { label: t('metrics.series.edited'), color: '#2f6fdf', values: points.map((p) => p.edited) },
          { label: t('metrics.series.overridden'), color: '#e67e22', values: points.map((p) => p.overridden) },
          { label: t('metrics.series.dismissed'), color: '#7f8c8d', values: points.map((p) => p.dismissed) },
        ],
      },
      {
        testId: 'shopreply.chart-takeover', title: t('metrics.chart.takeover'), days, minTop: 12,
        series: [{ label: t('metrics.series.takeover'), color: '#8e44ad', values: points.map((p) => pct(p.takeoverRate)) }, limit],
      },
      {
        testId: 'shopreply.chart-repeat', title: t('metrics.chart.repeat'), days, minTop: 12,
        series: [{ label: t('metrics.series.repeat'), color: '#16a085', values: points.map((p) => pct(p.repeatRate)) }, limit],
      },
    ];
  }, [points, t]);
  return (
    <div className="charts">
      {charts.map((c) => <LineChart key={c.testId} {...c} />)}
    </div>
  );
}
