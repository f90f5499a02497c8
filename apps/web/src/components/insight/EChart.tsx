import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { LabelLayout } from "echarts/features";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what the dashboards draw, so the bundle stays small.
echarts.use([
  LineChart,
  ScatterChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkAreaComponent,
  // labelLayout (the IPA comparison moves or hides overlapping names).
  LabelLayout,
  CanvasRenderer,
]);

export type EChartsOption = echarts.EChartsCoreOption;
export type EChartsInstance = echarts.ECharts;

/** A chart: echarts.init on mount, setOption on change, resize with its box, dispose on unmount. */
export function EChart({
  option,
  height = 300,
  onReady,
  onClick,
  testId,
}: {
  option: EChartsOption;
  height?: number;
  onReady?: (chart: EChartsInstance | null) => void;
  onClick?: (params: { seriesIndex?: number; dataIndex: number; data: unknown }) => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const readyRef = useRef(onReady);
  readyRef.current = onReady;

  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: "canvas" });
    chart.current = c;
    c.on("click", (p) => clickRef.current?.(p as { seriesIndex?: number; dataIndex: number; data: unknown }));
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(ref.current);
    readyRef.current?.(c);
    return () => {
      observer.disconnect();
      readyRef.current?.(null);
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} style={{ width: "100%", height }} data-testid={testId} />;
}
