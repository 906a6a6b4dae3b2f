/**
 * Dates typed as text: day first, always (`15/03/2022`, `5/3/2022`, `15-03-2022`,
 * `15.03.2022`), ISO `2022-03-15`, and the documentary form `ngày 15 tháng 3 năm 2022`.
 * Month-first is never guessed: `03/15/2022` is not a date.
 */
import { makeDate, type CalendarDate } from './calendar.js';
import { stripDiacritics } from '../text/normalize.js';

const DAY_FIRST = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam|,)?\s*(\d{4})$/;
// A time of day after the date ("15/03/2022 08:30", "2022-03-15T00:00:00") is dropped.
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm|sa|ch))?(?:z|[+-]\d{2}:?\d{2})?$/i;

export function parseDateText(raw: string): CalendarDate | undefined {
  const text = raw.trim().replace(TIME_SUFFIX, '').trim();
  let match = DAY_FIRST.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return makeDate(year, Number(match[2]), Number(match[1]));
  }
  match = ISO.exec(text);
  if (match) return makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = WORDS.exec(stripDiacritics(text.toLowerCase()).replace(/\s+/g, ' '));
  if (match) return makeDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}
