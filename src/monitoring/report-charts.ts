// Charts for the PDF report, rendered on the server as SVG by ECharts' server-side renderer with
// the same options as the dashboard.
import * as echarts from 'echarts';

export function renderChartSvg(option: Record<string, unknown>, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, tooltip: undefined });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
