/**
 * `outcomes` in the report context: the table "Kết quả tại từng thôn" (the config's word) of
 * the sơ kết and tổng kết, and of the annual report when the year before has village rows
 * under the same poverty standard (SPEC §5). Per village: its partners, its poor households
 * and rate at both ends of the latest standard's years, and what it gained (a facility it
 * did not have at the start and has at the end).
 */
import type { Config } from '../config/schema.js';
import type { Dataset } from '../dataset/types.js';
import { communeOutcomes, villageOutcomes, type OutcomeYear } from '../indicators/outcomes.js';
import { yearPeriod, type Period } from '../indicators/period.js';
import { infrastructurePhrase } from '../labels/labels.js';
import { yearOf, type CalendarDate } from '../values/calendar.js';
import { nameKey } from '../text/names.js';
import type { ReportKind } from './context-types.js';
import { communeName } from './directions.js';

export interface OutcomeRow {
  readonly district: string | null;
  readonly commune: string;
  readonly communeName: string;
  /** null in the commune table. */
  readonly village: string | null;
  /** Its partners in the period; `endDate` when the pairing had ended by the period's end (else null). */
  readonly units: ReadonlyArray<{ readonly unit: string; readonly endDate: CalendarDate | null }>;
  readonly from: OutcomeYear;
  readonly to: OutcomeYear;
  /** The two rates, flat, so a column can print both with one precision. */
  readonly fromRate: number | null;
  readonly toRate: number | null;
  /** Its years differ from the table's (`fromYear`, `toYear`): the cell names them. */
  readonly ownYears: boolean;
  /** "có nhà văn hóa", … gained between the two years. */
  readonly gained: readonly string[];
}

export interface OutcomesTable {
  readonly fromYear: number;
  readonly toYear: number;
  readonly rows: readonly OutcomeRow[];
  /** Some row gained a facility: the column "Đạt thêm" is shown. */
  readonly gains: boolean;
}

export interface OutcomesContext {
  /** null when no village has rows at two years of one standard. */
  readonly villages: OutcomesTable | null;
  readonly communes: OutcomesTable | null;
}

/** The table only says something when it compares two years: the most common pair is the table's. */
function table(rows: Array<Omit<OutcomeRow, 'ownYears'>>): OutcomesTable | null {
  const compared = rows.filter((r) => r.from.year < r.to.year);
  if (compared.length === 0) return null;
  const count = new Map<string, number>();
  for (const r of compared) count.set(`${r.from.year}-${r.to.year}`, (count.get(`${r.from.year}-${r.to.year}`) ?? 0) + 1);
  const [fromYear, toYear] = [...count].sort((a, b) => b[1] - a[1])[0]![0].split('-').map(Number) as [number, number];
  const sorted = [...compared].sort((a, b) => a.commune.localeCompare(b.commune, 'vi') || (a.village ?? '').localeCompare(b.village ?? '', 'vi'));
  return { fromYear, toYear, rows: sorted.map((r) => ({ ...r, ownYears: r.from.year !== fromYear || r.to.year !== toYear })), gains: sorted.some((r) => r.gained.length > 0) };
}

/**
 * When each unit's pairing with a place ended, if it had by the period's end: an outcome table
 * lists the partners of the whole period, and one that left mid-period is said to have.
 */
function endings(dataset: Dataset, to: CalendarDate): (unit: string, commune: string, village: string | null) => CalendarDate | null {
  const ends = new Map<string, CalendarDate | null>();
  for (const p of dataset.pairings) {
    if (!p.commune || (p.targetLevel === 'village') !== (p.village !== undefined)) continue;
    const key = [nameKey(p.unit, 'unit'), nameKey(p.commune, 'commune'), p.village ? nameKey(p.village, 'village') : ''].join('\u0000');
    const end = p.endDate !== undefined && p.endDate < to ? p.endDate : null;
    const known = ends.get(key);
    // In force at the end through any of its rows: no end to tell.
    ends.set(key, known === undefined ? end : known === null || end === null ? null : known > end ? known : end);
  }
  return (unit, commune, village) => ends.get([nameKey(unit, 'unit'), nameKey(commune, 'commune'), village ? nameKey(village, 'village') : ''].join('\u0000')) ?? null;
}

export function outcomesContext(kind: ReportKind, dataset: Dataset, period: Period, config: Config): OutcomesContext {
  // The annual report compares with the year before: its rows are asked for too.
  const span = kind === 'nam' ? yearPeriod(yearOf(period.from) - 1, yearOf(period.to)) : period;
  const ended = endings(dataset, period.to);
  const villages = villageOutcomes(dataset, span, config.povertyStandardYears).flatMap((v) =>
    v.poverty
      ? [
          {
            district: v.district ?? null,
            commune: v.commune,
            communeName: communeName(v.commune),
            village: v.village,
            units: v.units.map((unit) => ({ unit, endDate: ended(unit, v.commune, v.village) })),
            from: v.poverty.from,
            to: v.poverty.to,
            fromRate: v.poverty.from.rate,
            toRate: v.poverty.to.rate,
            gained: Object.entries(v.infrastructure)
              .filter(([, x]) => x.from === false && x.to === true)
              .map(([key]) => infrastructurePhrase(key)),
          },
        ]
      : [],
  );
  const communes = communeOutcomes(dataset, span, config.povertyStandardYears).flatMap((c) =>
    c.poverty
      ? [{ district: c.district ?? null, commune: c.commune, communeName: communeName(c.commune), village: null, units: c.units.map((unit) => ({ unit, endDate: ended(unit, c.commune, null) })), from: c.poverty.from, to: c.poverty.to, fromRate: c.poverty.from.rate, toRate: c.poverty.to.rate, gained: [] }]
      : [],
  );
  return { villages: table(villages), communes: table(communes) };
}
