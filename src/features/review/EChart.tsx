import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';
import { printable } from '../../domain/review/chart-options';
import { loadECharts } from './echarts-loader';

export interface BarClick {
  dataIndex: number;
  seriesIndex: number;
}

/** One chart in the app's language (its screen-reader description too); `onBarClick` receives the index of the clicked bar. */
export function EChart({ option, height = 260, onBarClick, testId }: { option: EChartsCoreOption; height?: number; onBarClick?: (c: BarClick) => void; testId?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'EN' : 'ZH';
  const click = useRef(onBarClick);
  useEffect(() => {
    click.current = onBarClick;
  }, [onBarClick]);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: EChartsCoreOption, notMerge?: boolean): void; dispose(): void; resize(): void } | undefined;
    const onResize = () => chart?.resize();
    void loadECharts().then((echarts) => {
      if (disposed || !el.current) return;
      const c = echarts.init(el.current, undefined, { renderer: 'svg', locale });
      c.on('click', (p) => {
        const e = p as { componentType?: string; dataIndex?: number; seriesIndex?: number };
        if (e.componentType === 'series' && typeof e.dataIndex === 'number') click.current?.({ dataIndex: e.dataIndex, seriesIndex: e.seriesIndex ?? 0 });
      });
      c.setOption(printable(option), true);
      chart = c;
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [option, locale]);
  return <div ref={el} data-testid={testId} style={{ width: '100%', height }} />;
}
