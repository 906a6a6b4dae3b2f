/** What every block builder may read: the layout, the chart images, running numbers. */
import type { ChartImage } from '../charts.js';
import type { Layout } from '../layout.js';

export interface BuildContext {
  readonly layout: Layout;
  readonly charts: ReadonlyMap<string, ChartImage>;
  /** Chart captions are numbered in order: "Biểu đồ 1: …". */
  chartNumber: number;
  tableNumber: number;
}
