/**
 * Print styling shared by every chart: sizes, greys, the Vietnamese number locale and the
 * top-level Vega-Lite properties (fonts, axes, legend, title).
 */
import type { TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY } from './fonts.js';
import { wrapLabel } from './labels.js';
import { DECIMAL_COMMA } from '../../format/vi.js';

export const WIDTH = 600;
export const HEIGHT = 260;
const EMPTY_HEIGHT = 120;
const NO_DATA = 'Không có số liệu';
/**
 * The label of a year the workbooks hold nothing for: never a 0 bar. On two lines, so that
 * several such years side by side (a tổng kết whose data begin late) do not run into each other.
 */
export const NO_DATA_YEAR = 'chưa có\nsố liệu';
/** Activity labels wrap onto several lines beyond this width (px at 11 px type). */
export const LABEL_WIDTH = 250;
/** Year bars take 65% of their slot but never more than 90 px, so one or two years don't give slabs. */
export const BAR_WIDTH = { expr: "min(bandwidth('x'), 90)" };

/** Greys: dark for the main series (labels in black above/after it), light for the second. */
export const DARK = '#404040';
export const LIGHT = '#c4c4c4';

/** Vega number locale: 1.234.567,8 */
const VI_NUMBER_LOCALE = {
  decimal: DECIMAL_COMMA,
  thousands: '.',
  grouping: [3],
  currency: ['', ' đ'] as [string, string],
};

/** Shared top-level properties: fixed outer size, print styling, Vietnamese number locale. */
export function base(width: number, height: number, title: string | undefined) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: { left: 10, right: 16, top: 12, bottom: 10 },
    background: '#ffffff',
    ...(title ? { title: { text: wrapLabel(title, width - 40, 13, true).split('\n') } } : {}),
    config: {
      // No ARIA descriptions: the SVG only feeds the PNG, and it keeps the markup lean.
      aria: false,
      font: FONT_FAMILY,
      locale: { number: VI_NUMBER_LOCALE },
      view: { stroke: null },
      bar: { continuousBandSize: 40 },
      scale: { bandPaddingInner: 0.35, bandPaddingOuter: 0.25 },
      axis: {
        labelFont: FONT_FAMILY,
        labelFontSize: 11,
        labelColor: '#000000',
        titleFont: FONT_FAMILY,
        titleFontSize: 11,
        titleFontWeight: 'normal',
        titleColor: '#000000',
        domainColor: '#000000',
        tickColor: '#000000',
        gridColor: '#d9d9d9',
        gridWidth: 0.6,
        labelOverlap: true,
      },
      axisX: { grid: false },
      axisBand: { labelAngle: 0, ticks: false, domain: true, grid: false, labelPadding: 6 },
      legend: {
        labelFont: FONT_FAMILY,
        labelFontSize: 11,
        labelColor: '#000000',
        columnPadding: 24,
      },
      text: { font: FONT_FAMILY },
      title: {
        font: FONT_FAMILY,
        fontSize: 13,
        fontWeight: 'bold',
        color: '#000000',
        anchor: 'middle',
        offset: 10,
      },
    },
  };
}

/** A small framed box that says "Không có số liệu". */
export function emptySpec(title: string | undefined): TopLevelSpec {
  return {
    ...base(WIDTH, EMPTY_HEIGHT, title),
    data: { values: [{ text: NO_DATA }] },
    layer: [
      {
        mark: { type: 'rect', fill: null, stroke: '#9a9a9a', strokeWidth: 0.8 },
        encoding: { x: { value: 0 }, x2: { value: 'width' }, y: { value: 0 }, y2: { value: 'height' } },
      },
      {
        mark: { type: 'text', fontSize: 13, fontStyle: 'italic', color: '#000000' },
        encoding: { text: { field: 'text', type: 'nominal' } },
      },
    ],
  } as TopLevelSpec;
}
