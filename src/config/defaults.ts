/**
 * The defaults of `ketnghia.config.json` (SPEC §7) that the pipeline needs without a config
 * file: the one place they are written. The schema (./schema.ts) declares them as its
 * defaults; the checks and the indicators take them from here, so `validate` without a
 * config starts without zod.
 */

/** Years a new national poverty standard took effect (QĐ 59/2015, NĐ 07/2021, and the 2026–2030 one). */
export const DEFAULT_POVERTY_STANDARD_YEARS: readonly number[] = [2016, 2021, 2026];

/** `thresholds` of the config, as the schema defaults them. */
export const DEFAULT_THRESHOLDS = {
  outlierChange: 0.5,
  outlierMinimum: 10,
  outlierAmountFactor: 100,
  minActivities: 1,
  materialityPoints: 0.5,
  /** Share of visits and gifts (by count, when they lead) from which section III names it as a weakness. */
  giftShareHigh: 0.3,
  /** …and from which it says "chủ yếu là thăm hỏi, tặng quà". */
  giftShareMostly: 0.5,
  /** Ratio to the provincial poverty rate from which the report says "gấp … lần". */
  timesProvince: 1.5,
} as const;
