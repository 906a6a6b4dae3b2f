/**
 * Đơn vị tiêu biểu (SPEC §6, config `commendation`): only units that reported every year
 * judged and whose pairing was in force the whole period (or `minYears`), none of its pairings
 * idle; never the issuing
 * body nor a unit the config excludes; ranked on what the unit did — activities and funds
 * per year in force, and the share of livelihood (non-gift) activities — by the sum of their
 * ranks, so no one figure decides alone. The poverty fall of its villages is shown beside,
 * never ranked: the unit did not earn it alone. At most `max` (default max(3, 20 % of units)),
 * never every unit.
 */
import type { Config } from '../../config/schema.js';
import type { Dataset } from '../../model/types.js';
import { activeDuring, unitDisplay } from '../../indicators/compute.js';
import { yearsInForce } from '../../indicators/inactive.js';
import { inPeriod, yearsOf, type Period } from '../../values/period.js';
import type { Indicators } from '../../indicators/types.js';
import { nameKey } from '../../text/names.js';
import type { UnitRow } from '../units.js';
import type { ExemplaryUnit, ProposalChannel } from './items.js';

/** The most units a report may propose, of `units` in the programme. */
export function commendationLimit(config: Config, units: number): number {
  const max = config.commendation.max ?? config.thresholds.exemplaryUnits ?? Math.max(3, Math.floor(units * 0.2));
  return Math.max(0, Math.min(max, units - 1));
}

/** The issuing body is never its own exemplary unit: equal names, or one naming the other ("Ban Dân vận Tỉnh ủy" / "… Tỉnh ủy Gia Lai"). */
export function isIssuer(unit: string, issuingBody: string): boolean {
  const a = ` ${nameKey(unit, 'unit')} `;
  const b = ` ${nameKey(issuingBody, 'unit')} `;
  return b.trim() !== '' && (a.includes(b) || b.includes(a));
}

export interface Commendation {
  readonly units: ExemplaryUnit[];
  readonly candidates: number;
}

export function exemplaryUnits(dataset: Dataset, period: Period, ind: Indicators, rows: readonly UnitRow[], reportedYears: (unit: string) => ReadonlySet<number>, config: Config): Commendation {
  const judgedYears = Object.keys(ind.reporting.byYear).map(Number);
  const periodYears = yearsOf(period).length;
  const required = Math.min(config.commendation.minYears ?? periodYears, periodYears);
  const excluded = new Set(config.commendation.exclude.map((u) => nameKey(u, 'unit')));
  const name = unitDisplay(dataset);

  // Per unit: the years of the period some pairing of it was in force.
  const inForce = new Map<string, Set<number>>();
  for (const p of dataset.pairings) {
    if (!activeDuring(p, period)) continue;
    const key = nameKey(p.unit, 'unit');
    const set = inForce.get(key) ?? new Set<number>();
    for (const y of yearsInForce(p, period)) set.add(y);
    inForce.set(key, set);
  }
  // Per unit: activities and gifts among them, inside the period.
  const done = new Map<string, { count: number; gifts: number }>();
  for (const a of dataset.activities) {
    if (!inPeriod(a.date, period)) continue;
    const key = nameKey(a.unit, 'unit');
    const entry = done.get(key) ?? { count: 0, gifts: 0 };
    entry.count++;
    if (a.type === 'visits-gifts') entry.gifts++;
    done.set(key, entry);
  }

  // A unit with an idle pairing (village, commune or district) is no example, whatever it did elsewhere.
  const idle = new Set([...ind.activities.inactivePairings, ...ind.activities.inactiveAreaPairings].map((p) => nameKey(p.unit, 'unit')));
  const candidates: Array<Omit<ExemplaryUnit, 'rank'>> = [];
  for (const row of rows) {
    const key = nameKey(row.unit, 'unit');
    const years = inForce.get(key);
    const activity = done.get(key);
    if (!years || !activity || activity.count === 0) continue;
    if (excluded.has(key) || idle.has(key) || isIssuer(row.unit, config.issuingBody)) continue;
    if (years.size < required) continue;
    // Reported every judged year its pairing was in force: a gap is no ground to rank on.
    const reported = reportedYears(row.unit);
    const judged = judgedYears.filter((y) => years.has(y));
    if (judged.length === 0 || judged.some((y) => !reported.has(y))) continue;
    candidates.push({
      unit: name(row.unit),
      activities: activity.count,
      funds: row.total,
      yearsInForce: judged.length,
      activitiesPerYear: activity.count / judged.length,
      // Whole đồng, as every amount printed.
      fundsPerYear: Math.round(row.total / judged.length),
      livelihoodShare: (activity.count - activity.gifts) / activity.count,
      villages: row.villages,
      povertyFall: row.povertyFall,
    });
  }
  const criteria = [ranks(candidates.map((c) => c.activitiesPerYear)), ranks(candidates.map((c) => c.fundsPerYear)), ranks(candidates.map((c) => c.livelihoodShare))];
  const expected = new Set(dataset.pairings.filter((p) => activeDuring(p, period)).map((p) => nameKey(p.unit, 'unit'))).size;
  const units = candidates
    .map((c, i) => ({ c, score: criteria.reduce((sum, r) => sum + r[i]!, 0) }))
    .sort((a, b) => a.score - b.score || b.c.fundsPerYear - a.c.fundsPerYear || a.c.unit.localeCompare(b.c.unit, 'vi'))
    .slice(0, commendationLimit(config, expected))
    .map(({ c }, i) => ({ rank: i + 1, ...c }));
  return { units, candidates: candidates.length };
}

/** Ranks 1..n on one criterion, higher is better; ties share a rank. */
function ranks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((o) => o > v).length);
}

/**
 * The proposal's channel (SPEC §6): Party — the Ban Thường vụ of the cấp ủy ("Ban Dân vận
 * Tỉnh ủy" → Tỉnh ủy; a cấp ủy that issues the report itself proposes to the one above, the
 * directive's issuer); State — the Chủ tịch of the Ủy ban nhân dân (through the Hội đồng Thi
 * đua - Khen thưởng); the config's `commendation.proposeTo` overrides both. `committee` is null
 * when the names do not tell, and the partial then says "cấp ủy" / "cùng cấp".
 */
export function proposalChannel(config: Config): ProposalChannel {
  const to = config.commendation.proposeTo?.trim();
  if (to) return { channel: 'config', to };
  const issuing = config.issuingBody.trim();
  if (config.style === 'dang') {
    const COMMITTEE = /^((?:tỉnh|thành|huyện|thị|quận|đảng)\s+ủy\b.*)$/iu;
    const ofBan = /^ban\s.+?\s((?:tỉnh|thành|huyện|thị|quận|đảng)\s+ủy\b.*)$/iu.exec(issuing)?.[1];
    if (ofBan) return { channel: 'party', committee: capitalise(ofBan.trim()) };
    if (COMMITTEE.test(issuing)) {
      const above = /^ban thường vụ\s+(.+)$/iu.exec(config.programme.issuer.trim())?.[1];
      return { channel: 'party', committee: above ? capitalise(above.trim()) : null };
    }
    return { channel: 'party', committee: null };
  }
  // "Ủy ban nhân dân huyện Krông Nô" issues: its own Chủ tịch, who signs the report, so it commends
  // within its authority rather than proposing to itself; else the UBND of the superior body ("UBND tỉnh Đắk Nông").
  const ubnd = /^(?:ủy ban nhân dân|ubnd)\s+(.+)$/iu;
  const self = ubnd.exec(issuing)?.[1];
  const body = self ?? ubnd.exec(config.superiorBody.trim())?.[1] ?? null;
  return { channel: 'state', committee: body && `Ủy ban nhân dân ${body.trim()}`, own: self !== undefined };
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
