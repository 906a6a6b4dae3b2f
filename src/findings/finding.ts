/**
 * A finding: a code from the catalogue, where it is, and the parameters its message
 * needs. Messages are rendered at the output boundary, in the language asked for.
 */
import { SUGGESTION } from '../messages/findings.js';
import { fill, render, type Lang, type Param } from '../messages/render.js';
import { CATALOGUE, type FindingCode, type Severity } from './catalogue.js';

export type { Lang, Param } from '../messages/render.js';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly field?: string;
  /** The cell as written in the file. */
  readonly value?: string;
  /** A corrected value to use instead (a known name, the converted text…). */
  readonly suggestion?: string;
  readonly params?: Readonly<Record<string, Param>>;
}

export interface FindingInit {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  field?: string;
  value?: string;
  suggestion?: string;
  params?: Record<string, Param>;
  /** Only where SPEC asks a code to be softer than its table entry (an unlisted ethnic group). */
  severity?: Severity;
}

export function finding(code: FindingCode, init: FindingInit): Finding {
  const { severity, ...rest } = init;
  const made: Finding = { code, severity: severity ?? CATALOGUE[code].severity, ...rest };
  return made;
}

/** The JSON shape of SPEC §3. */
export interface FindingJson {
  severity: Severity;
  code: FindingCode;
  message: string;
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  cell?: string;
  field?: string;
  value?: string;
  suggestion?: string;
}

export function cellOf(f: Finding): string | undefined {
  return f.column !== undefined && f.row !== undefined ? `${f.column}${f.row}` : undefined;
}

export function messageOf(f: Finding, lang: Lang): string {
  return fill(CATALOGUE[f.code][lang], { value: f.value ?? '', ...f.params }, lang);
}

/** "có phải là …?" / "did you mean …?" — the suggestion as a sentence for people. */
export function suggestionText(f: Finding, lang: Lang): string | undefined {
  if (f.suggestion === undefined) return undefined;
  if (f.code === 'legacy-encoding') return render(lang, SUGGESTION.legacyEncoding);
  if (f.code === 'column-unknown') return render(lang, SUGGESTION.column, { suggestion: f.suggestion });
  return render(lang, SUGGESTION.value, { suggestion: f.suggestion });
}

export function toJson(f: Finding, lang: Lang): FindingJson {
  const json: FindingJson = { severity: f.severity, code: f.code, message: messageOf(f, lang), file: f.file };
  if (f.sheet !== undefined) json.sheet = f.sheet;
  if (f.row !== undefined) json.row = f.row;
  if (f.column !== undefined) json.column = f.column;
  const cell = cellOf(f);
  if (cell !== undefined) json.cell = cell;
  if (f.field !== undefined) json.field = f.field;
  if (f.value !== undefined) json.value = f.value;
  if (f.suggestion !== undefined) json.suggestion = f.suggestion;
  return json;
}
