/**
 * A report rendered in memory from a hand-made dataset and config, read back from the
 * .docx: its paragraphs as text (runs joined), the document XML, the markup, and the
 * placeholders the templates left. What the form tests (issue 19) assert on.
 */
import { ConfigSchema } from '../../src/config/schema.js';
import type { ActivityRow, Dataset, PairingRow, VillageRow } from '../../src/dataset/types.js';
import { computeIndicators } from '../../src/indicators/compute.js';
import { buildContext, type ReportContext, type ReportKind } from '../../src/report/context.js';
import { composeReport, reportBytes } from '../../src/report/report.js';
import type { Placeholder } from '../../src/messages/fields.js';
import { zipEntry } from './zip.js';

const origin = { file: 'f.xlsx', sheet: 's', row: 1 };
export const village = (commune: string, name: string, year: number, households: number, poor: number): VillageRow => ({ origin, commune, village: name, year, households, poorHouseholds: poor });
export const pairing = (unit: string, commune: string, name: string, startDate: string, endDate?: string): PairingRow => ({
  origin,
  unit,
  targetLevel: 'village',
  commune,
  village: name,
  startDate,
  ...(endDate ? { endDate } : {}),
});
export const activity = (date: string, unit: string, commune: string, name: string, type = 'visits-gifts', cash = 1_000_000): ActivityRow => ({
  origin,
  date,
  unit,
  targetLevel: 'village',
  commune,
  village: name,
  type,
  cash,
});

export function dataset(villages: VillageRow[], pairings: PairingRow[], activities: ActivityRow[], extra: Partial<Dataset> = {}): Dataset {
  return {
    villages,
    units: [],
    pairings,
    activities,
    communes: [],
    householdPairings: [],
    present: { villages: true, units: false, pairings: true, activities: true, communes: false, householdPairings: false },
    ...extra,
  };
}

/** Two villages of one commune, 2021–2023, both paired; activities each year. */
export const SMALL = dataset(
  [2021, 2022, 2023].flatMap((y) => [village('Ia Mơ', 'Plei A', y, 100, 40 - (y - 2021) * 5), village('Ia Mơ', 'Plei B', y, 80, 20 - (y - 2021) * 2)]),
  [pairing('Sở Tư pháp', 'Ia Mơ', 'Plei A', '2015-01-01'), pairing('Hội Nông dân tỉnh', 'Ia Mơ', 'Plei B', '2016-01-01')],
  [2021, 2022, 2023].flatMap((y) => [activity(`${y}-05-01`, 'Sở Tư pháp', 'Ia Mơ', 'Plei A', 'livelihood', 5_000_000), activity(`${y}-06-01`, 'Hội Nông dân tỉnh', 'Ia Mơ', 'Plei B')]),
);

export interface Rendered {
  readonly context: ReportContext;
  readonly markup: string;
  readonly placeholders: readonly Placeholder[];
  readonly xml: string;
  /** Every paragraph's text, runs joined, in order. */
  readonly paragraphs: readonly string[];
  readonly core: string;
}

export async function renderSmall(kind: ReportKind, config: unknown, data: Dataset = SMALL, period = { from: '2021-01-01', to: '2023-12-31' }): Promise<Rendered> {
  const parsed = ConfigSchema.parse(config);
  const indicators = computeIndicators(data, period, { minActivities: parsed.thresholds.minActivities, povertyStandardYears: parsed.povertyStandardYears });
  const context = buildContext({ kind, indicators, dataset: data, period, config: parsed, today: '2024-03-15' });
  const options = { kind, lang: 'vi' as const, style: parsed.style };
  const composed = await composeReport(context, options);
  const bytes = await reportBytes(composed, context, options);
  const xml = await zipEntry(bytes, 'word/document.xml');
  const paragraphs = [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''));
  return { context, markup: composed.markup, placeholders: composed.placeholders, xml, paragraphs, core: await zipEntry(bytes, 'docProps/core.xml') };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
