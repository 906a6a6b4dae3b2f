import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartSvg, renderChart, RENDER_SCALE, type ChartData, type ChartId } from '../src/report/charts.js';

const data: ChartData = {
  fundsByYear: [
    { year: '2022', cash: 210_000_000, inKind: 95_250_000 },
    { year: '2021', cash: 125_500_000, inKind: 48_000_000 },
    { year: '2023', cash: 1_240_000_000, inKind: 310_500_000 },
  ],
  activitiesByType: [
    { label: 'Tuyên truyền, phổ biến pháp luật', count: 64 },
    { label: 'Khác', count: 80 },
    { label: 'Thăm hỏi, tặng quà', count: 142 },
    { label: 'Hỗ trợ xây dựng, sửa chữa nhà ở và công trình vệ sinh cho hộ nghèo, hộ cận nghèo', count: 9 },
  ],
  povertyByYear: [
    { year: '2021', rate: 0.455, poor: 1234 },
    { year: '2022', rate: 0.382, poor: 1036 },
    { year: '2023', rate: 0.2113, poor: 590 },
  ],
};

const empty: ChartData = { fundsByYear: [], activitiesByType: [], povertyByYear: [] };
const ids: ChartId[] = ['funds-by-year', 'activities-by-type', 'poverty-by-year'];

/** Checks the PNG signature and reads the pixel size from the IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Visible text of the SVG: the contents of <text> elements (and their <tspan> lines). */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)(?=<)/g)].map((m) => m[1]!).filter((t) => t.length > 0);
}

describe('module loading', () => {
  it('imports vega, vega-lite and resvg lazily (the CLI --help must not load them)', () => {
    // The entry and every module it splits into (src/report/charts/*.ts).
    const dir = new URL('../src/report/charts/', import.meta.url);
    const files = [new URL('../src/report/charts.ts', import.meta.url), ...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => new URL(f, dir))];
    expect(files.length).toBeGreaterThan(1);
    const source = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    const staticImports = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(staticImports.filter((name) => /^(vega|vega-lite|@resvg\/resvg-js)$/.test(name!))).toEqual([]);
    expect(source).toContain("import('vega')");
    expect(source).toContain("import('vega-lite')");
    expect(source).toContain("import('@resvg/resvg-js')");
  });
});

describe('renderChart', () => {
  it.each(ids)('%s renders a print-resolution PNG', async (id) => {
    const image = await renderChart(id, data);
    expect(image.width).toBe(600);
    expect(image.height).toBeGreaterThan(100);
    const size = pngSize(image.png);
    expect(size.width).toBeGreaterThanOrEqual(2 * image.width);
    expect(size.width).toBe(image.width * RENDER_SCALE);
    expect(size.height).toBe(image.height * RENDER_SCALE);
  });

  it.each(ids)('%s is deterministic', async (id) => {
    const a = await renderChart(id, data);
    await renderChart(ids.find((other) => other !== id)!, data); // module-level id counters in between
    const b = await renderChart(id, data);
    expect(a.png.equals(b.png)).toBe(true);
    expect(await chartSvg(id, data)).toBe(await chartSvg(id, data));
  });

  it('gives the same bytes when charts are rendered concurrently', async () => {
    const sequential: Buffer[] = [];
    for (const id of ids) sequential.push((await renderChart(id, data)).png);
    const concurrent = await Promise.all(ids.map((id) => renderChart(id, data)));
    concurrent.forEach((image, i) => expect(image.png.equals(sequential[i]!)).toBe(true));
  });

  it.each(ids)('%s with no data says so instead of throwing', async (id) => {
    const image = await renderChart(id, empty, { title: 'Biểu đồ thử' });
    expect(pngSize(image.png).width).toBeGreaterThanOrEqual(2 * image.width);
    expect(image.height).toBeLessThan(200);
    const texts = svgTexts(await chartSvg(id, empty, { title: 'Biểu đồ thử' }));
    expect(texts).toContain('Không có số liệu');
    expect(texts).toContain('Biểu đồ thử');
  });

  it.each(ids)('%s handles a single year / single type', async (id) => {
    const one: ChartData = {
      fundsByYear: data.fundsByYear.slice(0, 1),
      activitiesByType: data.activitiesByType.slice(0, 1),
      povertyByYear: data.povertyByYear.slice(0, 1),
    };
    const image = await renderChart(id, one);
    expect(pngSize(image.png).width).toBe(image.width * RENDER_SCALE);
    expect(svgTexts(await chartSvg(id, one))).not.toContain('Không có số liệu');
  });

  it('renders all-zero data with a sensible axis', async () => {
    const zeros: ChartData = {
      fundsByYear: [{ year: '2024', cash: 0, inKind: 0 }],
      activitiesByType: [{ label: 'Thăm hỏi, tặng quà', count: 0 }],
      povertyByYear: [{ year: '2024', rate: 0, poor: 0 }],
    };
    for (const id of ids) await expect(renderChart(id, zeros)).resolves.toBeDefined();
    expect(svgTexts(await chartSvg('activities-by-type', zeros))).toEqual(expect.arrayContaining(['0', '1', '5']));
  });

  it('tolerates missing and non-numeric values', async () => {
    const messy = {
      fundsByYear: [{ year: '2021', cash: Number.NaN, inKind: 1_000_000 }, { year: '', cash: 5, inKind: 5 }],
      activitiesByType: [{ label: '  ', count: 3 }],
      povertyByYear: [{ year: '2021', rate: Number.POSITIVE_INFINITY, poor: 0 }],
    } as ChartData;
    for (const id of ids) await expect(renderChart(id, messy)).resolves.toBeDefined();
    expect(svgTexts(await chartSvg('activities-by-type', messy))).toContain('Không có số liệu');
  });
});

describe('chartSvg labels', () => {
  it('funds: Vietnamese series, axis title in triệu đồng, Vietnamese number format', async () => {
    const texts = svgTexts(await chartSvg('funds-by-year', data));
    expect(texts).toEqual(expect.arrayContaining(['Tiền mặt', 'Hiện vật quy đổi', 'Năm', 'Kinh phí (triệu đồng)']));
    // Year totals in millions, whole from 100 up: 173,5 → 174, 305,25 → 305, 1.550,5 → 1.551.
    expect(texts).toEqual(expect.arrayContaining(['174', '305', '1.551']));
    // Axis ticks with '.' thousands, ending on a labelled round value above the tallest bar.
    expect(texts).toEqual(expect.arrayContaining(['0', '250', '1.000', '1.500', '1.750']));
    // Years ascending whatever the input order.
    const years = texts.filter((t) => /^20\d\d$/.test(t));
    expect(years).toEqual(['2021', '2022', '2023']);
  });

  it('funds: small totals keep one decimal with a decimal comma', async () => {
    const small = { ...data, fundsByYear: [{ year: '2024', cash: 1_200_000, inKind: 300_000 }] };
    const texts = svgTexts(await chartSvg('funds-by-year', small));
    expect(texts).toContain('1,5');
    expect(texts.some((t) => /^0,\d$/.test(t))).toBe(true); // axis ticks such as "0,5"
  });

  it('activities: labels with diacritics, counts at the bar ends, sorted, "Khác" last', async () => {
    const svg = await chartSvg('activities-by-type', data);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['Thăm hỏi, tặng quà', 'Tuyên truyền, phổ biến pháp luật', 'Số hoạt động', '142', '64', '80', '9']));
    // The long label is wrapped onto two lines rather than cut off.
    expect(svg).not.toContain('…');
    expect(texts.some((t) => t.startsWith('Hỗ trợ xây dựng'))).toBe(true);
    expect(texts.some((t) => t.endsWith('hộ cận nghèo'))).toBe(true);
    const order = ['Thăm hỏi, tặng quà', 'Tuyên truyền, phổ biến pháp luật', 'Khác'].map((l) => svg.indexOf(`>${l}<`));
    expect(order.every((pos) => pos >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('poverty: rates as "45,5%", poor households labelled, axis in %', async () => {
    const texts = svgTexts(await chartSvg('poverty-by-year', data));
    // The one rounding rule of the report's text and tables: up to two decimals.
    expect(texts).toEqual(expect.arrayContaining(['45,5%', '38,2%', '21,13%', '1.234 hộ nghèo', '590 hộ nghèo', 'Tỷ lệ hộ nghèo (%)']));
    expect(texts).toEqual(expect.arrayContaining(['0%', '10%', '50%']));
  });

  it('a year without data is labelled "chưa có số liệu", never a 0 bar; a new poverty standard is marked', async () => {
    const gap: ChartData = {
      fundsByYear: [
        { year: '2019', cash: 1_000_000, inKind: 0 },
        { year: '2020', cash: null, inKind: null },
      ],
      activitiesByType: [],
      povertyByYear: [
        { year: '2020', rate: 0.2, poor: 20 },
        { year: '2021', rate: null, poor: null },
        { year: '2022', rate: 0.3, poor: 30 },
      ],
      povertyStandardChanges: ['2021'],
    };
    // On two lines, so that several such years side by side never run into each other.
    expect(svgTexts(await chartSvg('funds-by-year', gap))).toEqual(expect.arrayContaining(['2020', 'chưa có', 'số liệu']));
    const poverty = svgTexts(await chartSvg('poverty-by-year', gap));
    expect(poverty).toEqual(expect.arrayContaining(['2021', 'chưa có', 'số liệu', 'Chuẩn nghèo mới từ 2021']));
  });

  it('uses the bundled DejaVu Sans and NFC text', async () => {
    const decomposed = { ...data, activitiesByType: [{ label: 'Thăm hỏi, tặng quà'.normalize('NFD'), count: 1 }] };
    const svg = await chartSvg('activities-by-type', decomposed);
    expect(svg).toContain('DejaVu Sans');
    expect(svgTexts(svg)).toContain('Thăm hỏi, tặng quà'.normalize('NFC'));
  });
});
