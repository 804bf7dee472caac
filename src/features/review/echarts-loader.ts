/**
 * ECharts, loaded with import() the first time a chart is drawn so the main
 * bundle does not carry it. Only the parts the review uses are registered; the
 * SVG renderer keeps bars as DOM elements (clickable, sharp in print) and the
 * aria decals draw patterns on the bars so a black-and-white printout still
 * tells the series apart.
 */
import type * as EChartsCore from 'echarts/core';

export type EChartsModule = typeof EChartsCore;

let loading: Promise<EChartsModule> | undefined;

export function loadECharts(): Promise<EChartsModule> {
  loading ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    core.use([
      charts.BarChart,
      charts.LineChart,
      components.GridComponent,
      components.TooltipComponent,
      components.LegendComponent,
      components.AriaComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  })();
  return loading;
}
