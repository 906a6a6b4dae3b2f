/**
 * One finding per cause: when most names of a file are unknown to the master list, the
 * cause is the list (the master of another district was given), not hundreds of rows.
 * The reference checks hand their row findings here; per file, either they are reported
 * one by one, or one `master-mismatch` names the districts and communes the file speaks of.
 * When the file shares no district (or, where districts are not written, no commune) with the
 * master, the finding is an error: another province's master must never yield figures.
 */
import type { ParsedRow } from '../dataset/types.js';
import type { AreaIndex } from './areas.js';
import { finding } from '../findings/finding.js';
import type { Report } from './report.js';
import { FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';

/** A file needs this many rows checked before "most names are unknown" says anything. */
const MIN_ROWS = 5;
/** Share of rows with an unknown name above which the master is the likely cause. */
const SHARE = 0.5;
/** Places named in the finding, at most. */
const PLACES = 8;

interface FileNames {
  readonly checked: ParsedRow[];
  readonly unknown: Map<ParsedRow, Array<() => void>>;
  /** Which kinds of name were unknown. */
  readonly kinds: Set<'unit' | 'village'>;
}

export class PendingReferences {
  private readonly files = new Map<string, FileNames>();

  private of(row: ParsedRow): FileNames {
    let names = this.files.get(row.sheet.file);
    if (!names) this.files.set(row.sheet.file, (names = { checked: [], unknown: new Map(), kinds: new Set() }));
    return names;
  }

  /** A row whose names were looked up in the master. */
  checked(row: ParsedRow): void {
    this.of(row).checked.push(row);
  }

  /** A name of this row is unknown; `emit` reports it on the row. */
  unknown(row: ParsedRow, kind: 'unit' | 'village', emit: () => void): void {
    const names = this.of(row);
    const list = names.unknown.get(row) ?? [];
    list.push(emit);
    names.unknown.set(row, list);
    names.kinds.add(kind);
  }

  /**
   * Reports what was found; returns the rows that get no knock-on findings (`not-paired`):
   * those with an unknown name, and every row of a file with a `master-mismatch`.
   */
  flush(report: Report, areas: AreaIndex): Set<ParsedRow> {
    const rows = new Set<ParsedRow>();
    for (const [file, names] of this.files) {
      for (const row of names.unknown.keys()) rows.add(row);
      const share = names.unknown.size / names.checked.length;
      if (names.checked.length >= MIN_ROWS && share > SHARE) {
        for (const row of names.checked) rows.add(row);
        const foreign = sharesNoPlace(names.checked, areas);
        // As an error it rejects the file's rows, so `--allow-errors` leaves them all out.
        if (foreign) for (const row of names.checked) row.errors++;
        report(mismatch(file, names, foreign));
        continue;
      }
      for (const emits of names.unknown.values()) for (const emit of emits) emit();
    }
    return rows;
  }
}

/**
 * True when the rows name places and none of them is in the master: no district in common
 * (compared where both sides write districts), else no commune in common. False when the
 * rows name no place the master could be compared with (a units-only master).
 */
function sharesNoPlace(rows: readonly ParsedRow[], areas: AreaIndex): boolean {
  let compared = false;
  for (const row of rows) {
    const { district, commune } = row.values;
    const inDistrict = typeof district === 'string' && district !== '' ? areas.hasDistrict(district) : undefined;
    if (inDistrict !== undefined) {
      if (inDistrict) return false;
      compared = true;
      continue;
    }
    if (typeof commune === 'string' && commune !== '' && areas.communeCount > 0) {
      if (areas.hasCommune(commune)) return false;
      compared = true;
    }
  }
  return compared;
}

function mismatch(file: string, names: FileNames, foreign: boolean) {
  const places = new Map<string, string>();
  for (const row of names.unknown.keys()) {
    const { district, commune } = row.values;
    if (typeof commune !== 'string') continue;
    const place = typeof district === 'string' ? `${commune} (${district})` : commune;
    places.set(place.toLocaleLowerCase('vi'), place);
  }
  const shown = [...places.values()].slice(0, PLACES);
  const more = places.size - shown.length;
  const kinds = [...names.kinds].sort();
  const words = kinds.map((k) => (k === 'unit' ? FINDING_WORDS.unit : FINDING_WORDS.villageOrCommune));
  const detail = { vi: words.map((w) => w.vi).join(FINDING_WORDS.or.vi), en: words.map((w) => w.en).join(FINDING_WORDS.or.en) };
  const rest = more > 0 ? inBoth(FINDING_WORDS.morePlaces, { more }) : { vi: '', en: '' };
  return finding('master-mismatch', {
    file,
    value: `${names.unknown.size}/${names.checked.length}`,
    ...(foreign ? { severity: 'error' as const } : {}),
    params: {
      note: foreign ? FINDING_WORDS.foreignMaster : '',
      detail,
      expected: { vi: (shown.join(', ') || '—') + rest.vi, en: (shown.join(', ') || '—') + rest.en },
    },
  });
}
