import { GraphChart, ScatterChart, CustomChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

// Only what the insight pages draw (a graph, a scatter map with a custom background, tooltips on
// value axes), so the chunk carries a fraction of ECharts; it loads with the insight pages only.
use([GraphChart, ScatterChart, CustomChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = EChartsCoreOption;

/**
 * An ECharts canvas following its box's size. A canvas says nothing to a screen reader, so the
 * chart is an image with `summary` as its name; each page shows the same figures as text too.
 */
export function EChart({ option, summary, className, style }: { option: ChartOption; summary: string; className?: string; style?: CSSProperties }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init>>(null);

  useEffect(() => {
    const instance = init(box.current!);
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={summary} className={className} style={style} />;
}
