/**
 * What the report's SPEC §8 partials see (`levels` in `--print-context`): for each level the
 * data have, its figures, its pairings and its households; null for a level that is absent,
 * so that the report says nothing of it.
 */
import type { Dataset } from '../model/types.js';
import { activeDuring, unitDisplay } from '../indicators/compute.js';
import { levelsPresent } from '../indicators/levels.js';
import type { Period } from '../values/period.js';
import type { CommuneCoverageLevel, DistrictCoverageLevel, HouseholdIndicators, Indicators, LevelKey, UncoveredCommune } from '../indicators/types.js';
import { yearOf, type CalendarDate } from '../values/calendar.js';

/** A pairing with a whole commune or district, as the §8 appendix lists it. */
export interface AreaPairingRow {
  readonly unit: string;
  readonly district: string | null;
  readonly commune: string | null;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
  /** Ended before the period's end: listed as ended, never as in force at the end. */
  readonly ended: boolean;
  readonly decision: string | null;
}

export interface IdleAreaPairing {
  readonly unit: string;
  readonly district: string | null;
  readonly commune: string | null;
}

/** What commune and district levels share: coverage, pairings, idle pairings, activity. */
interface AreaLevel {
  /** A list to compute the rate from is given. */
  readonly list: boolean;
  readonly covered: number;
  readonly rate: number | null;
  readonly units: number;
  readonly pairings: number;
  readonly uncoveredCount: number;
  readonly pairingList: readonly AreaPairingRow[];
  readonly appendix: number | null;
  readonly inactive: readonly IdleAreaPairing[];
  readonly activities: number;
  readonly funds: number;
}

export interface CommuneLevel extends AreaLevel {
  readonly communes: CommuneCoverageLevel['communes'];
  readonly uncovered: ReadonlyArray<Omit<UncoveredCommune, 'district'> & { readonly district: string | null }>;
}

export interface DistrictLevel extends AreaLevel {
  readonly districts: DistrictCoverageLevel['districts'];
  readonly uncovered: DistrictCoverageLevel['uncovered'];
}

export interface HouseholdPairRow {
  readonly helper: string;
  readonly helped: string;
  readonly district: string | null;
  readonly commune: string;
  readonly village: string | null;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
  readonly ended: boolean;
  readonly wasPoor: boolean | null;
  readonly exitYear: number | null;
}

export interface HouseholdsLevel extends HouseholdIndicators {
  readonly exitRateKnown: boolean;
  readonly pairsList: readonly HouseholdPairRow[];
  readonly appendix: number | null;
}

export interface LevelActivity {
  readonly level: LevelKey;
  readonly label: string;
  readonly count: number;
  readonly funds: number;
}

/** `levels` in the context; a level the data do not have is null. */
export interface LevelsContext {
  readonly weak: boolean;
  readonly byLevel: readonly LevelActivity[];
  readonly manyLevels: boolean;
  readonly village: boolean;
  /** Some activity was in a village (a unit paired with a commune may work in its villages). */
  readonly villageActivities: boolean;
  readonly commune: CommuneLevel | null;
  readonly district: DistrictLevel | null;
  readonly households: HouseholdsLevel | null;
}

/**
 * @param appendicesBefore how many appendices the shared phu-luc partial numbers before these
 *   (the per-unit table, uncovered villages, the village pairings): ours continue the count.
 */
export function levelsContext(ind: Indicators, dataset: Dataset, period: Period, appendicesBefore: number): LevelsContext {
  const present = levelsPresent(dataset);
  let next = appendicesBefore;
  const appendix = (shown: boolean): number | null => (shown ? ++next : null);
  const unitName = unitDisplay(dataset);
  const areaPairings = (level: 'commune' | 'district') =>
    dataset.pairings
      .filter((p) => p.targetLevel === level && activeDuring(p, period))
      .map((p) => ({ unit: unitName(p.unit), district: p.district ?? null, commune: p.commune ?? null, startDate: p.startDate, endDate: p.endDate ?? null, ended: p.endDate !== undefined && p.endDate < period.to, decision: p.decision ?? null }))
      .sort((a, b) => (a.district ?? '').localeCompare(b.district ?? '', 'vi') || (a.commune ?? '').localeCompare(b.commune ?? '', 'vi') || a.unit.localeCompare(b.unit, 'vi'));
  const communes = ind.coverage.communes;
  const districts = ind.coverage.districts;
  const inactive = (level: 'commune' | 'district') => ind.activities.inactiveAreaPairings.filter((p) => p.targetLevel === level).map((p) => ({ unit: p.unit, district: p.district ?? null, commune: p.commune ?? null }));
  const h = ind.households;
  const householdPairs = dataset.householdPairings
    .filter((p) => p.startDate <= period.to && (p.endDate === undefined || p.endDate >= period.from))
    .map((p) => ({ helper: p.helper, helped: p.helped, district: p.district ?? null, commune: p.commune, village: p.village ?? null, startDate: p.startDate, endDate: p.endDate ?? null, ended: p.endDate !== undefined && p.endDate < period.to, wasPoor: p.helpedWasPoor ?? null, exitYear: inPeriod(p.exitYear, period) }));
  const communeList = areaPairings('commune');
  const districtList = areaPairings('district');
  const LABELS = { village: 'Thôn, làng', commune: 'Xã', district: 'Huyện' } as const;
  const byLevel = (['village', 'commune', 'district'] as const)
    .filter((level) => ind.activities.byLevel[level].count > 0)
    .map((level) => ({ level, label: LABELS[level], count: ind.activities.byLevel[level].count, funds: ind.activities.byLevel[level].funds }));
  return {
    // Section III has something to say at commune or district level.
    weak: levelsWeak(ind, dataset),
    // Activities and funds by level: a table only when more than one level has activities.
    byLevel,
    manyLevels: byLevel.length > 1,
    // Sentences about villages are left out when every pairing is with a commune or district.
    village: dataset.pairings.length === 0 || dataset.pairings.some((p) => p.targetLevel === 'village'),
    villageActivities: ind.activities.byLevel.village.count > 0,
    commune: present.commune
      ? {
          list: communes.communes !== null,
          communes: communes.communes,
          covered: communes.covered,
          rate: communes.rate,
          units: communes.units,
          pairings: communes.pairings,
          uncovered: communes.uncovered.map((u) => ({ district: u.district ?? null, ...u })),
          uncoveredCount: communes.uncovered.length,
          pairingList: communeList,
          appendix: appendix(communeList.length > 0 || communes.uncovered.length > 0),
          inactive: inactive('commune'),
          activities: ind.activities.byLevel.commune.count,
          funds: ind.funds.byLevel.commune,
        }
      : null,
    district: districts
      ? {
          list: districts.districts !== null,
          districts: districts.districts,
          covered: districts.covered,
          rate: districts.rate,
          units: districts.units,
          pairings: districts.pairings,
          uncovered: districts.uncovered,
          uncoveredCount: districts.uncovered.length,
          pairingList: districtList,
          appendix: appendix(districtList.length > 0),
          inactive: inactive('district'),
          activities: ind.activities.byLevel.district.count,
          funds: ind.funds.byLevel.district,
        }
      : null,
    households: present.households ? { ...h, exitRateKnown: h.exitRate !== null, pairsList: householdPairs, appendix: appendix(householdPairs.length > 0) } : null,
  };
}

/** A year of exit is a fact of the report only inside its period ("Năm thoát nghèo 2025" is not one of 2022–2024). */
function inPeriod(year: number | undefined, period: Period): number | null {
  return year !== undefined && year >= yearOf(period.from) && year <= yearOf(period.to) ? year : null;
}

/** Uncovered communes (when the commune level is present) or idle commune or district pairings: section III speaks of them. */
export function levelsWeak(ind: Indicators, dataset: Dataset): boolean {
  const communeWeak = levelsPresent(dataset).commune && ind.coverage.communes.uncovered.length > 0;
  return communeWeak || ind.activities.inactiveAreaPairings.length > 0;
}
