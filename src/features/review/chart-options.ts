/**
 * ECharts options of the review's charts. Axis labels and series names come
 * translated from the page; bars carry decal patterns (EChart.tsx) and the
 * line is dashed black so the charts read in black and white.
 */
import type { EChartsCoreOption } from 'echarts/core';

const GRID = { left: 48, right: 48, top: 32, bottom: 64, containLabel: true };
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
