/**
 * `reporting` in the report context (SPEC §5): how many units reported each year, and the
 * units that sent nothing for some year, with their bloc for the appendix. Said neutrally:
 * a unit without a report is "chưa báo cáo", never "hình thức".
 */
import type { Dataset } from '../../dataset/types.js';
import type { Indicators } from '../../indicators/types.js';
import { yearSpan } from '../../indicators/tables.js';
import { choiceByKey, UNIT_BLOCS } from '../../schema/choices.js';
import { nameKey } from '../../text/names.js';

export interface ReportingContext {
  readonly byYear: ReadonlyArray<{ readonly year: number; readonly reported: number; readonly expected: number }>;
  readonly unreported: ReadonlyArray<{ readonly unit: string; readonly bloc: string | null; readonly years: readonly number[]; readonly yearsText: string }>;
  readonly unreportedCount: number;
}

export function reportingContext(ind: Indicators, dataset: Dataset): ReportingContext {
  const blocs = new Map<string, string>();
  for (const u of dataset.units) if (u.bloc) blocs.set(nameKey(u.unit, 'unit'), u.bloc);
  for (const p of dataset.pairings) if (p.bloc && !blocs.has(nameKey(p.unit, 'unit'))) blocs.set(nameKey(p.unit, 'unit'), p.bloc);
  const unreported = ind.reporting.unreported.map((u) => {
    const bloc = blocs.get(nameKey(u.unit, 'unit'));
    return { unit: u.unit, bloc: bloc ? (choiceByKey(UNIT_BLOCS, bloc)?.label ?? bloc) : null, years: u.years, yearsText: yearSpan(u.years) };
  });
  return {
    byYear: Object.entries(ind.reporting.byYear).map(([year, v]) => ({ year: Number(year), reported: v.reported, expected: v.expected })),
    unreported,
    unreportedCount: unreported.length,
  };
}
