/** The part of a Vega-Lite specification our charts use (vega-lite ships no types this project's module setting reads). */
export interface VegaLiteSpec {
  readonly $schema?: string;
  readonly title: string;
  readonly description: string;
  readonly width?: number;
  readonly height?: number;
  readonly data: { readonly values: readonly Record<string, unknown>[] };
  readonly [property: string]: unknown;
}

/** GOV.UK Design System colours: each has at least 3:1 contrast with the white background (WCAG 1.4.11). */
export const COLOURS = {
  blue: '#1d70b8',
  red: '#d4351c',
  orange: '#f47738',
  purple: '#4c2c92',
  black: '#0b0c0c',
  darkGrey: '#505a5f',
} as const;

/** What every chart shares: a fixed size (the SVG scales down with CSS), GOV.UK's font and no ARIA inside the marks. */
export const BASE = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 480,
  height: 240,
  config: {
    // The picture is labelled as a whole (title and desc) and the table beside it is its text alternative.
    aria: false,
    font: 'Arial, sans-serif',
    axis: { labelFontSize: 12, titleFontSize: 13, labelColor: COLOURS.black, titleColor: COLOURS.black },
    legend: {
      labelFontSize: 12,
      titleFontSize: 13,
      orient: 'bottom',
      labelColor: COLOURS.black,
      labelLimit: 0,
      columns: 2,
    },
    title: { fontSize: 16, anchor: 'start', color: COLOURS.black },
    view: { stroke: null },
  },
} as const;
