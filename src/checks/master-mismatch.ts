/**
 * One finding per cause: when most names of a file are unknown to the master list, the
 * cause is the list (the master of another district was given), not hundreds of rows.
 * The reference checks hand their row findings here; per file, either they are reported
 * one by one, or one `master-mismatch` names the districts and communes the file speaks of.
 */
import type { ParsedRow } from '../model/types.js';
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
  checked: number;
  readonly unknown: Map<ParsedRow, Array<() => void>>;
  /** Which kinds of name were unknown. */
  readonly kinds: Set<'unit' | 'village'>;
}

export class PendingReferences {
  private readonly files = new Map<string, FileNames>();

  private of(row: ParsedRow): FileNames {
    let names = this.files.get(row.sheet.file);
    if (!names) this.files.set(row.sheet.file, (names = { checked: 0, unknown: new Map(), kinds: new Set() }));
    return names;
  }

  /** A row whose names were looked up in the master. */
  checked(row: ParsedRow): void {
    this.of(row).checked++;
  }

  /** A name of this row is unknown; `emit` reports it on the row. */
  unknown(row: ParsedRow, kind: 'unit' | 'village', emit: () => void): void {
    const names = this.of(row);
    const list = names.unknown.get(row) ?? [];
    list.push(emit);
    names.unknown.set(row, list);
    names.kinds.add(kind);
  }

  /** Reports what was found; returns the rows with an unknown name (no knock-on findings for them). */
  flush(report: Report): Set<ParsedRow> {
    const rows = new Set<ParsedRow>();
    for (const [file, names] of this.files) {
      for (const row of names.unknown.keys()) rows.add(row);
      const share = names.unknown.size / names.checked;
      if (names.checked >= MIN_ROWS && share > SHARE) {
        report(mismatch(file, names));
        continue;
      }
      for (const emits of names.unknown.values()) for (const emit of emits) emit();
    }
    return rows;
  }
}

function mismatch(file: string, names: FileNames) {
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
    value: `${names.unknown.size}/${names.checked}`,
    params: {
      detail,
      expected: { vi: (shown.join(', ') || '—') + rest.vi, en: (shown.join(', ') || '—') + rest.en },
    },
  });
}
