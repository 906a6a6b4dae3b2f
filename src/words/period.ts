/** A period without data (app/period.ts `periodData`), in words: the years missing or held. */
import type { PeriodData } from '../app/period.js';
import type { Lang } from '../findings/finding.js';
import { yearRanges } from '../format/years.js';
import { render } from '../messages/render.js';
import { RUN } from '../messages/run.js';
import { formatVi } from '../values/calendar.js';
import { yearsOf, type Period } from '../values/period.js';

export function periodDataMessage(data: Exclude<PeriodData, { kind: 'ok' }>, period: Period, lang: Lang): string {
  const span = `${formatVi(period.from)}–${formatVi(period.to)}`;
  if (data.kind === 'none') {
    return render(lang, RUN.periodEmpty, { span, held: yearRanges(data.held) });
  }
  if (data.missing.length === yearsOf(period).length) {
    // Only pairings in force: coverage can be told, no figure of villages or activities.
    return render(lang, RUN.periodPairingsOnly, { span });
  }
  return render(lang, RUN.periodPartly, { span, missing: yearRanges(data.missing) });
}
