/**
 * ECharts options of the review's charts, pure data shared by the page
 * (features/review) and the Word report's images (ECharts server-side SVG). Axis labels and series names come
 * translated from the page; bars carry decal patterns (EChart.tsx) and the
 * line is dashed black so the charts read in black and white.
 */
import type { EChartsCoreOption } from 'echarts/core';

const GRID = { left: 48, right: 48, top: 32, bottom: 8, containLabel: true };
const axisLabel = { interval: 0, rotate: 30, width: 90, overflow: 'truncate' as const };

export function barOption(labels: string[], values: number[], name: string): EChartsCoreOption {
  return {
    grid: GRID,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, axisLabel },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name, data: values, color: '#3a5f8f', label: { show: true, position: 'top', color: '#000' } }],
  };
}

export function paretoOption(labels: string[], counts: number[], cumulative: number[], names: { count: string; cumulative: string }): EChartsCoreOption {
  return {
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { data: [names.count, names.cumulative], top: 0 },
    xAxis: { type: 'category', data: labels, axisLabel },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { type: 'bar', name: names.count, data: counts, color: '#3a5f8f', label: { show: true, position: 'top', color: '#000' } },
      { type: 'line', name: names.cumulative, yAxisIndex: 1, data: cumulative.map((c) => Math.round(c * 1000) / 10), color: '#000', lineStyle: { type: 'dashed' }, symbol: 'circle' },
    ],
  };
}

export function trendOption(months: string[], received: number[], closed: number[], names: { received: string; closed: string }): EChartsCoreOption {
  return {
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { data: [names.received, names.closed], top: 0 },
    xAxis: { type: 'category', data: months, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: names.received, data: received, color: '#3a5f8f' },
      { type: 'bar', name: names.closed, data: closed, color: '#b0b0b0' },
    ],
  };
}

/** Black-and-white settings every review chart is drawn with, on the page and in the report. */
export function printable(option: EChartsCoreOption): EChartsCoreOption {
  return { aria: { enabled: true, decal: { show: true } }, animation: false, ...option };
}

/** Words of the charts, in the language they are drawn in. */
export interface ChartNames {
  category: (k: string) => string;
  count: string;
  cumulative: string;
  received: string;
  closed: string;
}

export interface ReviewCharts {
  paretoCategory: EChartsCoreOption;
  paretoDefect: EChartsCoreOption;
  trend: EChartsCoreOption;
}

interface ParetoLike { key: string; count: number; cumulative: number }
interface TrendLike { month: string; received: number; closed: number }

/** The three charts the page and the Word report both draw, from the review's figures; the report keeps the first `maxDefects`. */
export function reviewCharts(f: { paretoCategory: readonly ParetoLike[]; paretoDefect: readonly ParetoLike[]; trend: readonly TrendLike[] }, n: ChartNames, maxDefects = Infinity): ReviewCharts {
  const pareto = (bars: readonly ParetoLike[], label: (k: string) => string) =>
    paretoOption(bars.map((b) => label(b.key)), bars.map((b) => b.count), bars.map((b) => b.cumulative), { count: n.count, cumulative: n.cumulative });
  return {
    paretoCategory: pareto(f.paretoCategory, n.category),
    paretoDefect: pareto(f.paretoDefect.slice(0, maxDefects), (k) => k),
    trend: trendOption(f.trend.map((m) => m.month), f.trend.map((m) => m.received), f.trend.map((m) => m.closed), { received: n.received, closed: n.closed }),
  };
}
