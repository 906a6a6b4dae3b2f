/**
 * "Kết quả tại từng thôn" (SPEC §5) as the report context gives it: the two years compared,
 * a village's own years when they differ, what it gained, and no table without two years of
 * one standard (the annual report needs the year before).
 */
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config/schema.js';
import type { VillageRow } from '../src/dataset/types.js';
import { outcomesContext } from '../src/report/outcomes-context.js';
import { dataset, pairing, village } from './helpers/judge.js';

const config = ConfigSchema.parse({ povertyStandardYears: [2016, 2021] });
const row = (name: string, year: number, poor: number, extra: Partial<VillageRow> = {}): VillageRow => ({ ...village(name, year, 100, poor), ...extra });

describe('outcomes in the report context', () => {
  const data = dataset(
    [row('Plei A', 2020, 50), row('Plei A', 2021, 40, { hasCulturalHouse: false }), row('Plei A', 2023, 30, { hasCulturalHouse: true }), row('Plei B', 2022, 20), row('Plei B', 2023, 15), row('Plei C', 2021, 10), row('Plei C', 2023, 10)],
    [pairing('Sở A', 'Plei A', '2015-01-01'), pairing('Sở B', 'Plei A', '2015-01-01', '2022-03-31')],
    [],
  );

  it('compares within the latest standard only, names a village\'s own years and what it gained', () => {
    const table = outcomesContext('so-ket', data, { from: '2020-01-01', to: '2023-12-31' }, config).villages!;
    expect([table.fromYear, table.toYear]).toEqual([2021, 2023]);
    expect(table.rows.map((r) => [r.village, r.from.year, r.to.year, r.ownYears, r.gained])).toEqual([
      ['Plei A', 2021, 2023, false, ['có nhà văn hóa']],
      ['Plei B', 2022, 2023, true, []],
      ['Plei C', 2021, 2023, false, []],
    ]);
    // Sở B left in 2022: named with its end.
    expect(table.rows[0]!.units).toEqual([{ unit: 'Sở A', endDate: null }, { unit: 'Sở B', endDate: '2022-03-31' }]);
    expect(table.gains).toBe(true);
  });

  it('an annual report compares with the year before, and has no table without it', () => {
    // 2023 against 2022: only Plei B has both years.
    const year = outcomesContext('nam', data, { from: '2023-01-01', to: '2023-12-31' }, config).villages!;
    expect(year.rows.map((r) => [r.village, r.from.poor, r.to.poor])).toEqual([['Plei B', 20, 15]]);
    // 2022 against 2021: no village has both, no table.
    expect(outcomesContext('nam', data, { from: '2022-01-01', to: '2022-12-31' }, config).villages).toBeNull();
    const withBefore = outcomesContext('nam', dataset([row('Plei A', 2022, 40), row('Plei A', 2023, 30)], [], []), { from: '2023-01-01', to: '2023-12-31' }, config).villages!;
    expect(withBefore.rows.map((r) => [r.from.poor, r.to.poor])).toEqual([[40, 30]]);
  });
});
