/** `stats --json` (SPEC §5), the same for the terminal and the page: the indicators and the run's notes. */
import type { RunNotes } from '../app/prepare.js';
import type { Indicators } from '../indicators/types.js';

export type StatsJson = Indicators & RunNotes;

export function statsJson(indicators: Indicators, notes: RunNotes): StatsJson {
  return { ...indicators, ...notes };
}
