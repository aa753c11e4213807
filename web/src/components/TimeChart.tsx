import { useEffect, useRef } from 'react';
import uPlot from 'uplot';

export interface ChartSeries {
  label: string;
  color: string;
  /** Series sharing a scale share the left axis; a second scale gets the right axis. */
  scale: string;
  format: (value: number) => string;
  /** Tick steps for this series' axis, when round decimal steps read badly (e.g. memory in powers of two). */
  incrs?: number[];
}

const axisColor = '#94a3b8';
const gridColor = 'rgba(148, 163, 184, 0.12)';
const minSpanSeconds = 60;

function axis({ scale, format, incrs }: ChartSeries, side: 1 | 3): uPlot.Axis {
  return {
    scale,
    ...(incrs ? { incrs } : {}),
    side,
    stroke: axisColor,
    grid: { show: side === 3, stroke: gridColor, width: 1 },
    ticks: { show: false },
    size: 56,
    values: (_, splits) => splits.map((value) => (value == null ? '' : format(value))),
  };
}

const clockOf = (seconds: number, withSeconds: boolean) =>
  new Date(seconds * 1000).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hour12: false,
  });

/**
 * A streaming time series chart (uPlot); `data` is [seconds since epoch, ...one array per series]. With
 * `spanSeconds`, the x axis always covers that much time up to the newest point (a chosen time range).
 */
export function TimeChart({
  title,
  series,
  data,
  height = 170,
  testId,
  spanSeconds,
}: {
  title: string;
  series: ChartSeries[];
  data: uPlot.AlignedData;
  height?: number;
  testId?: string;
  spanSeconds?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latest = series.map((s, i) => {
    const values = data[i + 1] as (number | null)[] | undefined;
    const last = values?.[values.length - 1];
    return last == null ? '—' : s.format(last);
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the chart is rebuilt only when its series change (by label); new data goes through setData
  useEffect(() => {
    const element = box.current!;
    const scales = [...new Set(series.map((s) => s.scale))];
    const options: uPlot.Options = {
      width: Math.max(200, element.clientWidth),
      height,
      legend: { show: false },
      cursor: { points: { size: 6 }, drag: { x: false, y: false } },
      scales: {
        // At least a minute across (or the chosen span), so a fresh chart does not stretch a few seconds over the whole width.
        x: {
          time: true,
          range: (_u, min, max) => (spanSeconds ? [max - spanSeconds, max] : [Math.min(min, max - minSpanSeconds), max]),
        },
        ...Object.fromEntries(
          scales.map((scale) => [
            scale,
            { auto: true, range: (_u: uPlot, min: number, max: number) => [Math.min(0, min), max > 0 ? max * 1.15 : 1] as uPlot.Range.MinMax },
          ]),
        ),
      },
      series: [
        {},
        ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, scale: s.scale, fill: `${s.color}22`, points: { show: false } })),
      ],
      axes: [
        {
          stroke: axisColor,
          grid: { show: false },
          ticks: { show: false },
          size: 26,
          space: 70,
          // Seconds only while the chart spans less than an hour: past it they are noise.
          values: (_, splits) => splits.map((t) => clockOf(t, !spanSeconds || spanSeconds < 3600)),
        },
        ...scales.map((scale, i) => axis(series.find((s) => s.scale === scale)!, i === 0 ? 3 : 1)),
      ],
    };
    const plot = new uPlot(options, data, element);
    chart.current = plot;
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, element.clientWidth), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
    };
    // The chart is built once per series layout; data changes go through setData below.
  }, [height, spanSeconds, series.map((s) => s.label).join()]);

  useEffect(() => {
    chart.current?.setData(data);
  }, [data]);

  return (
    <figure className="chart" data-testid={testId} data-span={spanSeconds}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-legend">
          {series.map((s, i) => (
            <span key={s.label} className="chart-key">
              <span className="chart-swatch" style={{ background: s.color }} />
              {s.label} <strong>{latest[i]}</strong>
            </span>
          ))}
        </span>
      </figcaption>
      <div ref={box} className="chart-plot" />
    </figure>
  );
}
