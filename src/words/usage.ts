/**
 * A reporting period that cannot be read (indicators/period.ts throws its code), and the
 * words of a usage error whichever stage raised it.
 */
import { CodedUsageError, type UsageError } from '../errors.js';
import type { PeriodProblem } from '../values/period.js';
import { render, type Lang, type Messages } from '../messages/render.js';
import { formatVi } from '../values/calendar.js';

export const PERIOD_PROBLEMS = {
  'year-and-range': { vi: 'Dùng --year hoặc --from/--to, không dùng cả hai.', en: 'Use --year or --from/--to, not both.' },
  'bad-year': { vi: '--year cần một năm, ví dụ 2024 (không phải "{value}").', en: '--year needs a year such as 2024 (not "{value}").' },
  'year-out-of-range': { vi: 'Năm không hợp lệ: {value}', en: 'Invalid year: {value}' },
  'bad-from': { vi: '--from không hợp lệ: "{value}" (ví dụ 2017 hoặc 2017-07-01).', en: 'Invalid --from: "{value}" (e.g. 2017 or 2017-07-01).' },
  'bad-to': { vi: '--to không hợp lệ: "{value}" (ví dụ 2020 hoặc 2020-06-30).', en: 'Invalid --to: "{value}" (e.g. 2020 or 2020-06-30).' },
  'half-range': { vi: 'Cần cả --from và --to (hoặc dùng --year).', en: 'Give both --from and --to (or use --year).' },
  future: {
    vi: 'Kỳ báo cáo bắt đầu ngày {from}, sau hôm nay ({today}): chưa thể có số liệu. Có phải gõ nhầm năm?',
    en: 'The period starts on {from}, after today ({today}): there can be no data yet. A mistyped year?',
  },
  reversed: {
    vi: 'Kỳ báo cáo không hợp lệ: từ {from} đến {to} (ngày bắt đầu sau ngày kết thúc).',
    en: 'Invalid period: {from} to {to} (the start is after the end).',
  },
} as const satisfies Messages;

export function periodProblemText(problem: PeriodProblem, lang: Lang): string {
  if (problem.code === 'future') return render(lang, PERIOD_PROBLEMS.future, { from: formatVi(problem.from), today: formatVi(problem.today) });
  const { code, ...params } = problem;
  return render(lang, PERIOD_PROBLEMS[code] as Messages[string], params);
}

/**
 * What a usage error says: a stage's coded error (a `PeriodError`, known by its `problem`;
 * not imported, so the CLI's start-up does not load the period module) in the language asked
 * for, any other the sentence it was made with.
 */
export function usageText(error: UsageError, lang: Lang): string {
  const problem = (error as UsageError & { problem?: PeriodProblem }).problem;
  if (problem) return periodProblemText(problem, lang);
  if (error instanceof CodedUsageError) return render(lang, error.text, error.params);
  return error.message;
}
