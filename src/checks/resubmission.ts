/**
 * Resubmissions: a unit sends a corrected file and the clerk drops it beside the first.
 * Row by row that is a flood of `duplicate-row`; as a cause it is one thing — one file
 * repeats another — so it is one `duplicate-file` error naming both files. Neither file
 * may be counted as it stands (the figures would double); which one is the newer is
 * decided here so that `--allow-errors` can keep that one and say why.
 */
import type { ParsedRow } from '../model/types.js';
import { finding, type Param } from '../findings/finding.js';
import { formatVi } from '../values/calendar.js';
import { baseName, type Report } from './report.js';
import { RESUBMISSION } from '../messages/misc.js';
import { render, type Lang } from '../messages/render.js';

/** When a file was last saved, as read from the file system at the edge. */
export interface FileStamp {
  /** Milliseconds since the epoch, for ordering. */
  readonly modifiedMs: number;
  /** The same instant as a local calendar date and time, for people ("15/03/2025 08:30"). */
  readonly modifiedText: string;
}

export type KeptBecause = 'modified' | 'dates' | 'order';

export interface Resubmission {
  /** The file the finding is reported on (the later of the two in input order). */
  readonly file: string;
  readonly other: string;
  /** Activity rows of `file` identical to rows of `other`. */
  readonly matched: number;
  readonly rows: number;
  readonly otherRows: number;
  readonly kept: string;
  readonly dropped: string;
  readonly because: KeptBecause;
}

/** Two rows with the same values: the later one and the first seen. */
export type RowPair = readonly [later: ParsedRow, first: ParsedRow];

/** Files of at least this share of rows repeated are one resubmission, not a few doubled rows. */
const SHARE = 0.5;

/**
 * Finds the pairs of files one of which mostly repeats the other, reports each as one
 * `duplicate-file`, sets aside the older file's activity rows (they count only if the
 * user removes the newer file), and returns the row pairs that stay `duplicate-row`.
 */
export function checkResubmissions(
  pairs: readonly RowPair[],
  activities: readonly ParsedRow[],
  order: readonly string[],
  stamps: ReadonlyMap<string, FileStamp>,
  report: Report,
): { readonly resubmissions: Resubmission[]; readonly remaining: RowPair[] } {
  const rowsOf = new Map<string, ParsedRow[]>();
  for (const row of activities) {
    if (row.errors > 0) continue;
    const list = rowsOf.get(row.sheet.file) ?? [];
    list.push(row);
    rowsOf.set(row.sheet.file, list);
  }
  const matched = new Map<string, RowPair[]>();
  for (const pair of pairs) {
    const [later, first] = pair;
    if (later.sheet.file === first.sheet.file) continue;
    const key = `${later.sheet.file}\u0000${first.sheet.file}`;
    const list = matched.get(key) ?? [];
    list.push(pair);
    matched.set(key, list);
  }
  const summarised = new Set<RowPair>();
  const resubmissions: Resubmission[] = [];
  const position = (file: string) => order.indexOf(file);
  for (const list of matched.values()) {
    const a = list[0]![1].sheet.file;
    const b = list[0]![0].sheet.file;
    const rowsA = rowsOf.get(a)?.length ?? 0;
    const rowsB = rowsOf.get(b)?.length ?? 0;
    if (list.length < 2 || list.length <= SHARE * Math.min(rowsA, rowsB)) continue;
    for (const pair of list) summarised.add(pair);
    const [file, other] = position(b) >= position(a) ? [b, a] : [a, b];
    const { kept, because } = newer(file, other, rowsOf, stamps, position);
    const dropped = kept === file ? other : file;
    const resubmission: Resubmission = {
      file,
      other,
      matched: list.length,
      rows: rowsOf.get(file)?.length ?? 0,
      otherRows: rowsOf.get(other)?.length ?? 0,
      kept,
      dropped,
      because,
    };
    resubmissions.push(resubmission);
    // The older file's rows are set aside (not reported one by one): what --allow-errors
    // computes from is then the newer file alone.
    for (const row of rowsOf.get(dropped) ?? []) row.errors++;
    report(
      finding('duplicate-file', {
        file,
        value: baseName(other),
        params: { detail: `${list.length}/${resubmission.rows}`, expected: dates(file, other, rowsOf, stamps), other: keptText(resubmission) },
      }),
    );
  }
  return { resubmissions, remaining: pairs.filter((p) => !summarised.has(p)) };
}

function newer(
  file: string,
  other: string,
  rowsOf: ReadonlyMap<string, readonly ParsedRow[]>,
  stamps: ReadonlyMap<string, FileStamp>,
  position: (file: string) => number,
): { kept: string; because: KeptBecause } {
  const s1 = stamps.get(file);
  const s2 = stamps.get(other);
  // Saved a minute or more apart: the later save is the correction.
  if (s1 && s2 && Math.abs(s1.modifiedMs - s2.modifiedMs) >= 60_000) return { kept: s1.modifiedMs > s2.modifiedMs ? file : other, because: 'modified' };
  const l1 = lastDate(rowsOf.get(file));
  const l2 = lastDate(rowsOf.get(other));
  if (l1 && l2 && l1 !== l2) return { kept: l1 > l2 ? file : other, because: 'dates' };
  return { kept: position(file) >= position(other) ? file : other, because: 'order' };
}

function lastDate(rows: readonly ParsedRow[] | undefined): string | undefined {
  let last: string | undefined;
  for (const row of rows ?? []) {
    const date = row.values.date;
    if (typeof date === 'string' && (last === undefined || date > last)) last = date;
  }
  return last;
}

/** "a.xlsx: lưu ngày 01/03/2025 08:30, hoạt động đến 20/12/2024; b.xlsx: …" */
function dates(file: string, other: string, rowsOf: ReadonlyMap<string, readonly ParsedRow[]>, stamps: ReadonlyMap<string, FileStamp>): Param {
  const one = (f: string, lang: Lang): string => {
    const parts: string[] = [];
    const stamp = stamps.get(f);
    if (stamp) parts.push(render(lang, RESUBMISSION.saved, { time: stamp.modifiedText }));
    const last = lastDate(rowsOf.get(f));
    if (last) parts.push(render(lang, RESUBMISSION.activitiesUpTo, { date: formatVi(last) }));
    return `${baseName(f)}: ${parts.join(', ') || '—'}`;
  };
  return { vi: `${one(file, 'vi')}; ${one(other, 'vi')}`, en: `${one(file, 'en')}; ${one(other, 'en')}` };
}

/** The kept file and why, in both languages (a finding parameter, and the faces' sentence). */
export function keptText(r: Resubmission): { vi: string; en: string } {
  const kept = baseName(r.kept);
  const why = RESUBMISSION[r.because];
  return { vi: `"${kept}" (${why.vi})`, en: `"${kept}" (${why.en})` };
}
