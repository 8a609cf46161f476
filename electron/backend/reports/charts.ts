// Charts for Word reports: a Vega-Lite spec is laid out by vega headless (renderer 'none'), drawn to SVG, and
// rasterised to PNG by resvg with only the bundled Lato files. Nothing is fetched and no system font is read, so a
// chart looks the same on every machine.
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type Config, type TopLevelSpec } from 'vega-lite';
import { DEFAULT_BRAND, FONT_FAMILY, fontFilePaths, loadFontFaces, toDocxHex } from './kit';
import { readFontMetrics, type FontMetrics } from './kit/font-metrics';

export interface ChartSize {
  /** PNG size in pixels. */
  width: number;
  height: number;
  /** Pixels per layout unit: 2 draws a chart laid out at width/2 x height/2 at twice the resolution (sharp in print). */
  scale?: number;
}

export interface BarChartInput {
  title: string;
  categories: readonly string[];
  values: readonly number[];
  width: number;
  height: number;
  fontsDir: string;
  scale?: number;
  colour?: string;
  /** What a value counts, for the axis and alt text, e.g. "agencies". */
  valueLabel?: string;
}

/**
 * Vega may not read files or the network: every chart's data is inline. The loader refuses and remembers what was
 * asked for, because vega logs a failed load and carries on drawing an empty chart.
 */
function noFetchLoader(refused: string[]): vega.Loader {
  const refuse = (what: string) => {
    refused.push(what);
    return Promise.reject(new Error(`charts do not load data (asked for ${what})`));
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

const BASE_CONFIG: Config = {
  font: FONT_FAMILY,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  title: { font: FONT_FAMILY, fontSize: 15, fontWeight: 'bold', anchor: 'start', color: '#000000', offset: 10 },
  axis: {
    labelFont: FONT_FAMILY,
    titleFont: FONT_FAMILY,
    labelFontSize: 12, // 9 pt when the chart is printed at its layout size
    titleFontSize: 12,
    labelColor: '#000000',
    titleColor: '#000000',
    labelLimit: 260,
    gridColor: '#D9D9D9',
    domainColor: '#7F7F7F',
    tickColor: '#7F7F7F',
  },
  legend: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY, labelFontSize: 12, titleFontSize: 12 },
  text: { font: FONT_FAMILY, fontSize: 12 },
};

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

let metricsDir: string | null = null;
/**
 * Vega measures text with a canvas, or guesses 0.8 em a character without one; both are wrong for Lato in resvg.
 * vega's documented hook (textMetrics.width, as vl-convert uses) takes our TTF-based measure instead.
 */
function useLatoMetrics(fontsDir: string): void {
  if (metricsDir === fontsDir) return;
  const faces = loadFontFaces(fontsDir);
  const regular: FontMetrics = readFontMetrics(faces.regular);
  const bold: FontMetrics = readFontMetrics(faces.bold);
  const textMetrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
  textMetrics.width = (item, text) => {
    const value = String(text ?? item.text ?? '').trim();
    const size = item.fontSize ?? 11;
    const weight = item.fontWeight;
    const face = weight === 'bold' || (typeof weight === 'number' && weight >= 600) ? bold : regular;
    const width = face.measure(value, size);
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
  metricsDir = fontsDir;
}

function checkSize(size: ChartSize): number {
  const scale = size.scale ?? 1;
  if (!(size.width >= 50 && size.height >= 50 && size.width <= 4000 && size.height <= 4000))
    throw new Error(`chart size ${size.width}x${size.height} is outside 50..4000 pixels`);
  if (!(scale >= 1 && scale <= 4)) throw new Error(`chart scale ${scale} is outside 1..4`);
  return scale;
}

/** Lays a Vega-Lite spec out to the given size and returns the SVG (layout units, not pixels). */
export async function renderVegaLiteSvg(spec: TopLevelSpec, fontsDir: string, size: ChartSize): Promise<string> {
  const scale = checkSize(size);
  useLatoMetrics(fontsDir);
  const sized = {
    ...spec,
    width: size.width / scale,
    height: size.height / scale,
    autosize: { type: 'fit', contains: 'padding' },
    config: { ...BASE_CONFIG, ...(spec as { config?: Config }).config, font: FONT_FAMILY },
  } as TopLevelSpec;
  const { spec: vgSpec } = compile(sized);
  const refused: string[] = [];
  const errors: string[] = [];
  // vega logs dataflow errors and keeps going; a report must not carry a silently broken chart, so collect them.
  const logger = vega.logger(vega.Error, 'error', (_method, _level, args) => errors.push(args.map(String).join(' ')));
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', loader: noFetchLoader(refused), logger });
  try {
    const svg = await view.toSVG();
    if (refused.length) throw new Error(`charts do not load data: the spec asked for ${refused.join(', ')}`);
    if (errors.length) throw new Error(`the chart could not be drawn: ${errors.join('; ')}`);
    return svg;
  } finally {
    view.finalize();
  }
}

/** Renders a Vega-Lite spec to a PNG of exactly size.width x size.height pixels. */
export async function renderVegaLitePng(spec: TopLevelSpec, fontsDir: string, size: ChartSize): Promise<Buffer> {
  const svg = await renderVegaLiteSvg(spec, fontsDir, size);
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFilePaths(fontsDir), defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'width', value: size.width },
    background: 'white',
  });
  return resvg.render().asPng();
}

const count = new Intl.NumberFormat('en-GB');

/** Alt text that reads the chart out: title, then every category with its value. */
export function barChartAltText(title: string, categories: readonly string[], values: readonly number[], valueLabel?: string): string {
  if (categories.length === 0) return `Bar chart: ${title}. There is nothing to show.`;
  const items = categories.map((c, i) => `${c}: ${count.format(values[i]!)}`).join('; ');
  return `Bar chart: ${title}${valueLabel ? ` (number of ${valueLabel})` : ''}. ${items}.`;
}

/** A horizontal bar chart (long category names stay readable) with the value printed at the end of each bar. */
export async function renderBarChartPng(input: BarChartInput): Promise<{ png: Buffer; altText: string }> {
  if (input.categories.length !== input.values.length) throw new Error('a bar chart needs one value for each category');
  const colour = `#${toDocxHex(input.colour ?? DEFAULT_BRAND)}`;
  const values = input.categories.map((category, i) => ({ category, value: input.values[i]! }));
  const max = Math.max(1, ...input.values);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: input.title,
    data: { values },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: null, title: null }, // keep the caller's order
      x: {
        field: 'value',
        type: 'quantitative',
        title: input.valueLabel ? `Number of ${input.valueLabel}` : null,
        scale: { domain: [0, max * 1.12], nice: false },
        axis: { format: 'd', tickMinStep: 1 },
      },
    },
    layer: [
      { mark: { type: 'bar', color: colour } },
      { mark: { type: 'text', align: 'left', dx: 4, color: '#000000' }, encoding: { text: { field: 'value', type: 'quantitative', format: ',d' } } },
    ],
  };
  const png = await renderVegaLitePng(spec, input.fontsDir, { width: input.width, height: input.height, scale: input.scale ?? 1 });
  return { png, altText: barChartAltText(input.title, input.categories, input.values, input.valueLabel) };
}
