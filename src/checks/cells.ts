/**
 * One cell → one typed value, or the reason it is not one. Every per-cell finding
 * code of SPEC §3 is decided here, so `validate`, `fix` and the template agree on
 * what a valid cell is. Text, choice and yes/no cells are read here; numbers, money and
 * dates in cell-values.ts.
 */
import { choiceSpellings, findChoice, type ChoiceSet } from '../schema/choices.js';
import { findEthnicGroup, suggestEthnicGroup } from '../schema/ethnic.js';
import type { FieldDef } from '../schema/fields.js';
import type { FindingCode, Severity } from '../findings/catalogue.js';
import type { Param } from '../findings/finding.js';
import { decodeLegacyCell, encodingOfFont, type LegacyEncoding } from '../text/legacy.js';
import { cleanText } from '../text/normalize.js';
import { Suggester } from '../text/suggest.js';
import { parseBooleanText } from '../values/boolean.js';
import { fromUtcDate, type CalendarDate } from '../values/calendar.js';
import type { RawValue } from '../workbook/raw.js';
import { memoTable, type Memo } from '../util/memo.js';
import { EXCEL_ERRORS, FINDING_WORDS } from '../messages/findings.js';
import { inBoth } from '../messages/render.js';
import { readDate, readNumber } from './cell-values.js';

// The bounds of a date cell live with the date reader; the template's guide quotes them from here.
export { EARLIEST_YEAR, LATEST_YEAR } from './cell-values.js';

import type { Value } from '../model/types.js';

export type { Value };

import type { CellBasics, CellIssue } from './cell-values.js';

export type { CellIssue };

export interface CellContext extends CellBasics {
  /** The column's reading of texts (see TextCache); without one, each text is read afresh. */
  readonly cache?: TextCache;
}

const LEGACY_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/** The formula-error sentence: the error and its meaning, or a formula never calculated. */
function formulaProblem(written: string): { vi: string; en: string } {
  if (written.startsWith('=')) {
    return inBoth(FINDING_WORDS.formulaNotCalculated, { formula: written });
  }
  const meaning = EXCEL_ERRORS[written.toUpperCase()];
  return inBoth(FINDING_WORDS.formulaError, { written, meaning: meaning ? { vi: ` (${meaning.vi})`, en: ` (${meaning.en})` } : '' });
}

/**
 * Reads a cell for a field. Issues are pushed to `issues`; the value is undefined when the
 * cell is blank or unreadable.
 */
export function readCell(field: FieldDef, raw: RawValue | undefined, ctx: CellContext, issues: CellIssue[]): Value | undefined {
  if (raw === undefined) {
    // A level-dependent name (SPEC §8) may be blank: the row's level check decides.
    if (field.required && !field.levelDependent) issues.push({ code: 'required' });
    return undefined;
  }
  if (raw.t === 'e') {
    issues.push({ code: 'formula-error', params: { detail: formulaProblem(raw.v) } });
    return undefined;
  }
  let value: Value | undefined;
  switch (field.type) {
    case 'text':
      value = readText(raw, issues, ctx.cache);
      break;
    case 'integer':
    case 'number':
    case 'money':
      value = readNumber(field, raw, ctx, issues);
      break;
    case 'date':
      value = readDate(raw, ctx, issues);
      break;
    case 'boolean':
      value = readBoolean(raw, issues, ctx.cache);
      break;
    case 'choice':
      value = readChoice(field, raw, issues, ctx.cache);
      break;
    case 'ethnicity':
      value = readEthnicity(raw, issues, ctx.cache);
      break;
  }
  if (value === undefined && field.required && !field.levelDependent && issues.length === 0) issues.push({ code: 'required' });
  return value;
}

/** Text as the rest of the pipeline sees it: legacy encodings converted, NFC, spaces collapsed. */
export function readText(raw: RawValue, issues: CellIssue[], cache?: TextCache): string | undefined {
  if (raw.t !== 's') {
    if (raw.t === 'd') return fromUtcDate(raw.v);
    return cleanText(String(raw.v)) || undefined;
  }
  const read = cache ? cache.read(raw.v, raw.font) : decodeText(raw.v, raw.font);
  if (read.issue) issues.push(read.issue);
  return read.text;
}

/**
 * Names, communes, types and sources repeat on every row: each distinct cell text is
 * cleaned and checked for legacy encodings once in a run (in the run's memo). A column
 * whose texts hardly repeat (free descriptions) stops asking the memo after a trial, so
 * unique texts cost no hashing and do not crowd it. One per column of a sheet.
 */
export class TextCache {
  private lookups = 0;
  private hits = 0;
  private enabled = true;

  constructor(readonly memo: Memo) {}

  read(value: string, font: string | undefined): TextRead {
    if (!this.enabled) return decodeText(value, font);
    // Only a legacy font changes how text is read; every other font shares one entry.
    const legacyFont = font !== undefined && encodingOfFont(font) !== undefined ? font : undefined;
    const key = legacyFont === undefined ? value : `${legacyFont}\u0000${value}`;
    this.lookups++;
    const computed = this.memo.computed;
    const read = this.memo.get(TEXTS, key, decodeKeyed, legacyFont);
    if (this.memo.computed === computed) this.hits++;
    if (this.lookups === TRIAL && this.hits < TRIAL / 4) this.enabled = false;
    return read;
  }
}

const TRIAL = 4_000;
const TEXTS = memoTable<TextRead>('cell texts');

function decodeKeyed(key: string, legacyFont: string | undefined): TextRead {
  return decodeText(legacyFont === undefined ? key : key.slice(legacyFont.length + 1), legacyFont);
}

interface TextRead {
  readonly text: string | undefined;
  readonly issue?: CellIssue;
}

function decodeText(value: string, font: string | undefined): TextRead {
  const legacy = decodeLegacyCell(value, font);
  if (legacy) {
    const text = cleanText(legacy.text);
    return { text: text || undefined, issue: { code: 'legacy-encoding', suggestion: text, params: { detail: LEGACY_NAMES[legacy.encoding], expected: text } } };
  }
  return { text: cleanText(value) || undefined };
}

function readBoolean(raw: RawValue, issues: CellIssue[], cache?: TextCache): boolean | undefined {
  let value: boolean | undefined;
  if (raw.t === 'b') value = raw.v;
  else if (raw.t === 'n') value = raw.v === 1 ? true : raw.v === 0 ? false : undefined;
  else if (raw.t === 's') value = parseBooleanText(readText(raw, issues, cache) ?? '');
  if (value === undefined) issues.push({ code: 'invalid-boolean' });
  return value;
}

function readChoice(field: FieldDef, raw: RawValue, issues: CellIssue[], cache?: TextCache): string | undefined {
  const set = field.choices!;
  const text = readText(raw, issues, cache);
  if (text === undefined) return undefined;
  const choice = findChoice(set, text, cache?.memo);
  if (choice) return choice.key;
  return reportChoice(set, text, issues, cache?.memo);
}

const SUGGESTERS = memoTable<Suggester>('choice suggesters');

function choiceSuggester(_name: string, set: ChoiceSet): Suggester {
  const suggester = new Suggester();
  for (const [key, c] of choiceSpellings(set)) suggester.add({ display: c.label, key });
  return suggester;
}

function reportChoice(set: ChoiceSet, text: string, issues: CellIssue[], memo: Memo | undefined): undefined {
  const suggester = memo ? memo.get(SUGGESTERS, set.name, choiceSuggester, set) : choiceSuggester(set.name, set);
  const suggestion = suggester.suggest(text.toLowerCase());
  const expected = set.choices.map((c) => c.label).join('; ');
  issues.push({ code: 'invalid-choice', params: { expected }, ...(suggestion ? { suggestion } : {}) });
  return undefined;
}

function readEthnicity(raw: RawValue, issues: CellIssue[], cache?: TextCache): string | undefined {
  const text = readText(raw, issues, cache);
  if (text === undefined) return undefined;
  const group = findEthnicGroup(text, cache?.memo);
  if (group) return group.name;
  const suggestion = suggestEthnicGroup(text);
  // SPEC §2: a name outside the 54 groups is a warning (the row is still used), with a suggestion.
  issues.push({
    code: 'invalid-choice',
    severity: 'warning',
    params: { expected: FINDING_WORDS.listedEthnicGroups },
    ...(suggestion ? { suggestion } : {}),
  });
  return text;
}
