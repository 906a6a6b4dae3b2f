/**
 * Small hand-made datasets for the coded judgements (test/judgement-items.test.ts), and the
 * sentence each item's partial writes: rendered through the shipped partials, as a report is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigSchema } from '../../src/config/schema.js';
import type { ActivityRow, Dataset, PairingRow, VillageRow } from '../../src/model/types.js';
import { computeIndicators } from '../../src/indicators/compute.js';
import type { SentSheet } from '../../src/submissions/register.js';
import { buildContext, type ReportContext, type ReportKind } from '../../src/report/context.js';
import type { Judgement } from '../../src/report/judgements/items.js';
import { renderMarkup } from '../../src/report/render.js';
import { tempDir } from './workbook.js';

const origin = { file: 'f.xlsx', sheet: 's', row: 1 };
export const village = (name: string, year: number, households: number, poor: number): VillageRow => ({ origin, commune: 'Ia Mơ', village: name, year, households, poorHouseholds: poor });
export const pairing = (unit: string, name: string, startDate: string, endDate?: string): PairingRow => ({ origin, unit, targetLevel: 'village', commune: 'Ia Mơ', village: name, startDate, ...(endDate ? { endDate } : {}) });
export const activity = (date: string, unit: string, name: string, type = 'visits-gifts', cash = 1_000_000): ActivityRow => ({ origin, date, unit, targetLevel: 'village', commune: 'Ia Mơ', village: name, type, cash });
/** An activities sheet with no rows whose title names its unit and year: "nộp, không có hoạt động". */
export const emptyReport = (unit: string, year: number): SentSheet => ({ file: `${unit}-${year}.xlsx`, sheet: 'Hoạt động', rows: 0, title: { reportingUnit: { name: unit, row: 1, column: 'A' }, years: { from: year, to: year } } });

export function dataset(villages: VillageRow[], pairings: PairingRow[], activities: ActivityRow[]): Dataset {
  return { villages, units: [], pairings, activities, communes: [], householdPairings: [], present: { villages: true, units: false, pairings: true, activities: true, communes: false, householdPairings: false } };
}

export function judge(data: Dataset, from: number, to: number, config: Record<string, unknown> = {}, kind: ReportKind = 'so-ket', sheets: SentSheet[] = []): ReportContext {
  const period = { from: `${from}-01-01`, to: `${to}-12-31` };
  const parsed = ConfigSchema.parse(config);
  const indicators = computeIndicators(data, period, { sheets, povertyStandardYears: parsed.povertyStandardYears, minActivities: parsed.thresholds.minActivities });
  return buildContext({ kind, indicators, dataset: data, period, config: parsed, today: '2024-01-10', sheets });
}

export const codes = (list: readonly Judgement[]): string[] => list.map((j) => j.code);

const dir = tempDir();
let n = 0;

/** The markup the items' partials write, one item a line (the shipped partials, a one-line main template). */
export async function sentences(context: ReportContext, list: 'weaknesses' | 'neutral' | 'reporting' | 'directions' | 'exemplary'): Promise<string> {
  const main = join(dir, `t${n++}`);
  mkdirSync(main, { recursive: true });
  const body = list === 'exemplary' ? '{{> (judgement judgements.exemplary.code) judgements.exemplary.params}}' : `{{#each judgements.${list}}}\n{{> (judgement code) params}}\n{{/each}}`;
  writeFileSync(join(main, 'main.hbs'), body);
  return renderMarkup(context, { kind: context.kind, template: join(main, 'main.hbs') });
}
