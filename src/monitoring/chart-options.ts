// ECharts options for the monitoring charts, shared by the dashboard (browser, SVG) and the PDF
// report (server-side SVG), so a chart looks the same on screen and on paper. Pure data: no DOM,
// no Node. Suppressed values are gaps (null), never zeros, so a hidden count cannot be read off a
// line's shape.

/** Colour-blind-safe palette (Okabe–Ito), darkened where needed for contrast on white. */
export const CHART_COLOURS = ['#1f5a7a', '#c45a00', '#007a5e', '#a3367a', '#5b4ba0', '#7a6a00', '#3d3d3d'];

export interface LineSeries {
  name: string;
  values: ReadonlyArray<number | null>;
}

export interface LineChartInput {
  periods: readonly string[];
  series: readonly LineSeries[];
  /** Y-axis name, e.g. "%" or "dagen". */
  unitLabel: string;
  /** An optional target line across the whole chart. */
  target?: { label: string; value: number } | null;
  animation?: boolean;
}

const axisText = { color: '#1b2430', fontSize: 12 };

export function lineChartOption(input: LineChartInput): Record<string, unknown> {
  return {
    animation: input.animation ?? true,
    color: CHART_COLOURS,
    // Rendered inside the SVG: the page's Content-Security-Policy allows no inline styles.
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0, textStyle: axisText },
    // Room for a legend that wraps to a second line when many regions are compared.
    grid: { left: 56, right: 24, top: input.series.length > 3 ? 72 : 44, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: [...input.periods], axisLabel: axisText },
    yAxis: { type: 'value', name: input.unitLabel, nameTextStyle: axisText, axisLabel: axisText, min: 0 },
    series: [
      ...input.series.map((s, index) => ({
        name: s.name,
        type: 'line',
        data: [...s.values],
        connectNulls: false,
        symbol: ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'][index % 7],
        symbolSize: 7,
        lineStyle: { width: 2.5, type: index % 2 === 1 ? 'dashed' : 'solid' },
      })),
      ...(input.target
        ? [{ name: input.target.label, type: 'line', data: input.periods.map(() => input.target?.value ?? null), symbol: 'none', lineStyle: { type: 'dotted', width: 2, color: '#b42318' }, itemStyle: { color: '#b42318' } }]
        : []),
    ],
  };
}

export interface BarChartInput {
  categories: readonly string[];
  series: readonly LineSeries[];
  unitLabel: string;
  animation?: boolean;
}

/** Horizontal bars: category labels (often long Dutch phrases) stay readable. */
export function barChartOption(input: BarChartInput): Record<string, unknown> {
  return {
    animation: input.animation ?? true,
    color: CHART_COLOURS,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { top: 0, textStyle: axisText },
    grid: { left: 16, right: 32, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: input.unitLabel, nameTextStyle: axisText, axisLabel: axisText, min: 0 },
    yAxis: { type: 'category', data: [...input.categories], axisLabel: { ...axisText, width: 220, overflow: 'truncate' }, inverse: true },
    series: input.series.map((s) => ({ name: s.name, type: 'bar', data: [...s.values], barMaxWidth: 22 })),
  };
}
