import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  color: string;
  values: Array<number | null>;
  /** A dashed line (the 8 % limit). */
  dash?: number[];
}

export interface LineChartProps {
  testId: string;
  title: string;
  /** Midnight UTC of each day, ms. */
  days: number[];
  series: ChartSeries[];
  /** Least top of the y axis (so a 0 % chart still shows the 8 % line with room). */
  minTop?: number;
  height?: number;
}

const utc = (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');

/** One chart per day over the period, drawn by uPlot on a canvas, its legend under it. */
export function LineChart({ testId, title, days, series, minTop = 1, height = 170 }: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(280, el.clientWidth);
    const opts: uPlot.Options = {
      width,
      height,
      // Room on the right for the last day's label.
      padding: [10, 18, 0, 0],
      tzDate: utc,
      legend: { live: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: true },
        y: { range: (_u, _min, max) => [0, Math.max(minTop, (max ?? 0) * 1.15)] },
      },
      axes: [{ space: 60 }, { size: 44 }],
      series: [
        {},
        ...series.map((s): uPlot.Series => ({
          label: s.label,
          stroke: s.color,
          width: s.dash ? 1.5 : 2,
          dash: s.dash,
          spanGaps: !s.dash,
          points: { show: !s.dash, size: 5 },
        })),
      ],
    };
    const data: uPlot.AlignedData = [days.map((d) => d / 1000), ...series.map((s) => s.values)];
    const plot = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days, series, minTop, height]);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={box} className="chart-plot" />
    </figure>
  );
}
