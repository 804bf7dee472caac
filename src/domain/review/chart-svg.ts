/**
 * One review chart as an SVG string, drawn by ECharts' server-side renderer:
 * no DOM and no canvas, so the same call works in the browser (the report
 * button) and in Node (docs:sample, tests). The ECharts module is passed in,
 * so this file does not load it and the page keeps loading it lazily.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { printable, type ReviewCharts } from './chart-options';

interface SsrChart { setOption(o: EChartsCoreOption): void; renderToSVGString(): string; dispose(): void }
export interface SsrECharts {
  init(dom: null, theme: null, opts: { renderer: 'svg'; ssr: true; width: number; height: number }): SsrChart;
}

/** Size the report's charts are drawn at, in px (fits A4 portrait's text width). */
export const REPORT_CHART = { width: 640, height: 300 } as const;

export function chartSvg(echarts: SsrECharts, option: EChartsCoreOption, size: { width: number; height: number } = REPORT_CHART): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ backgroundColor: '#fff', ...printable(option) });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The report's three charts as SVG, each with the size it was drawn at. */
export function reportChartSvgs(echarts: SsrECharts, charts: ReviewCharts): Record<keyof ReviewCharts, { svg: string; width: number; height: number }> {
  const one = (o: EChartsCoreOption) => ({ svg: chartSvg(echarts, o), ...REPORT_CHART });
  return { paretoCategory: one(charts.paretoCategory), paretoDefect: one(charts.paretoDefect), trend: one(charts.trend) };
}
