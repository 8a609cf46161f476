import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { barChartAltText, renderBarChartPng, renderVegaLitePng, renderVegaLiteSvg } from '../../electron/backend/reports/charts';
import { darkPixels, decodePng, isPng } from '../helpers/png';
import { repoRoot } from '../helpers/shared-tools';

const fontsDir = join(repoRoot, 'resources', 'fonts');
const base = { categories: ['Health', 'Police', 'Education'], values: [3, 1, 12], fontsDir };

const simpleSpec = (title: string): TopLevelSpec => ({
  title,
  data: { values: [{ k: 'a', v: 1 }, { k: 'b', v: 2 }] },
  mark: 'bar',
  encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
});

describe('bar chart PNG', () => {
  it('is a PNG of exactly the size asked for, at scale 1 and 2', async () => {
    for (const [width, height, scale] of [[600, 300, 1], [1200, 600, 2]] as const) {
      const { png } = await renderBarChartPng({ ...base, title: 'Agencies per sector', width, height, scale });
      expect(isPng(png)).toBe(true);
      const img = decodePng(png);
      expect([img.width, img.height]).toEqual([width, height]);
    }
  });

  it('draws the bars in the colour given', async () => {
    const { png } = await renderBarChartPng({ ...base, title: 'T', width: 600, height: 300, colour: '#C00000' });
    const img = decodePng(png);
    let red = 0;
    for (let i = 0; i < img.pixels.length; i += 4) if (img.pixels[i] === 0xc0 && img.pixels[i + 1] === 0 && img.pixels[i + 2] === 0) red++;
    expect(red).toBeGreaterThan(1000);
  });

  it('renders text with the bundled Lato: a text mark puts dark pixels where an empty one leaves none', async () => {
    // resvg draws no text at all when it has no font, so this fails if the font files are not used
    const textSpec = (t: string): TopLevelSpec => ({
      data: { values: [{ t }] },
      mark: { type: 'text', fontSize: 40, color: '#000000' },
      encoding: { text: { field: 't', type: 'nominal' } },
    });
    const all = { x: 0, y: 0, w: 400, h: 200 };
    const withText = decodePng(await renderVegaLitePng(textSpec('Agencies'), fontsDir, { width: 400, height: 200 }));
    const empty = decodePng(await renderVegaLitePng(textSpec(''), fontsDir, { width: 400, height: 200 }));
    expect(darkPixels(empty, all)).toBe(0);
    expect(darkPixels(withText, all)).toBeGreaterThan(500);
  });

  it('names only Lato in the SVG it rasterises', async () => {
    const svg = await renderVegaLiteSvg(simpleSpec('Fonts'), fontsDir, { width: 400, height: 300 });
    const families = new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
    expect([...families]).toEqual(['Lato']);
  });

  it('lays labels out with Lato widths, not vega\'s 0.8 em guess', async () => {
    // With the guess, the 23-character label would need ~220 px at 12 px; Lato needs ~130.
    const { png } = await renderBarChartPng({ title: 'T', categories: ['Voluntary and community'], values: [5], width: 600, height: 150, fontsDir });
    const img = decodePng(png);
    // the bar starts after the label: find the first brand-blue pixel on the bar's row
    const y = Math.floor(img.height / 2);
    let x = 0;
    while (x < img.width && !(img.pixels[(y * img.width + x) * 4] === 0x1f && img.pixels[(y * img.width + x) * 4 + 2] === 0x79)) x++;
    expect(x).toBeLessThan(200);
    expect(x).toBeGreaterThan(120);
  });

  it('never loads data from a URL or file', async () => {
    const remote: TopLevelSpec = { ...simpleSpec('x'), data: { url: 'https://example.com/data.csv' } };
    await expect(renderVegaLitePng(remote, fontsDir, { width: 300, height: 200 })).rejects.toThrow(/do not (load|fetch)/);
    const local: TopLevelSpec = { ...simpleSpec('x'), data: { url: 'file:///etc/passwd' } };
    await expect(renderVegaLitePng(local, fontsDir, { width: 300, height: 200 })).rejects.toThrow(/do not (load|read)/);
  });

  it('rejects impossible sizes and mismatched data', async () => {
    await expect(renderVegaLitePng(simpleSpec('x'), fontsDir, { width: 10, height: 200 })).rejects.toThrow(/outside/);
    await expect(renderBarChartPng({ ...base, values: [1], title: 'T', width: 300, height: 200 })).rejects.toThrow(/one value for each/);
  });
});

describe('bar chart alt text', () => {
  it('reads every category with its value', async () => {
    const { altText } = await renderBarChartPng({ ...base, title: 'Agencies per sector', width: 300, height: 200, valueLabel: 'agencies' });
    expect(altText).toBe('Bar chart: Agencies per sector (number of agencies). Health: 3; Police: 1; Education: 12.');
  });

  it('formats large numbers and says when there is nothing to show', () => {
    expect(barChartAltText('Returns', ['All'], [2000])).toBe('Bar chart: Returns. All: 2,000.');
    expect(barChartAltText('Returns', [], [])).toBe('Bar chart: Returns. There is nothing to show.');
  });
});
