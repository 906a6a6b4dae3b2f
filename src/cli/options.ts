/**
 * The options of the commands, declared once each, with the type of their value and the parser
 * that turns commander's string into it. Shared groups (data inputs, period, config, --force…)
 * are arrays the command table spreads, so a flag's wording lives in one place.
 *
 * Values are parsed when a command asks for them (`readFlags`), not by commander while it reads
 * argv: the config line is printed first and a bad --max-size is reported after it, as before.
 */
import type { OptionValues } from 'commander';
import { UsageError } from '../errors.js';
import type { Lang } from '../findings/finding.js';
import { parsePositiveInt, parseSize } from './inputs.js';
import { CLI, type CliKey } from '../messages/cli.js';
import { render, type Text } from '../messages/render.js';

/** A help line: a key of the CLI's text table, or the two languages written out. */
export type Words = CliKey | Text;

export function say(lang: Lang, words: Words): string {
  const text: Text = typeof words === 'string' ? CLI[words] : words;
  return render(lang, text);
}

/** One option: commander's flags, the attribute commander stores it under, and how its value is read. */
export interface Flag<K extends string = string, V = unknown> {
  readonly key: K;
  readonly flags: string;
  readonly help: Words;
  /** `requiredOption`: commander refuses the command without it. */
  readonly mandatory?: boolean;
  /** Absent for a switch (a boolean); for a value, turns commander's string into V or throws UsageError. */
  readonly parse?: (raw: string, lang: Lang) => V;
}

type AnyFlag = Flag<string, unknown>;

/** What a command receives: each option under its key, absent when not given. */
export type FlagValues<F extends readonly AnyFlag[]> = {
  readonly [E in F[number] as E['key']]?: E extends Flag<string, infer V> ? V : never;
};

export function flag<K extends string>(key: K, flags: string, help: Words): Flag<K, boolean> {
  return { key, flags, help };
}

export function text<K extends string>(key: K, flags: string, help: Words, mandatory = false): Flag<K, string> {
  return { key, flags, help, mandatory, parse: (raw) => raw };
}

function parsed<K extends string, V>(key: K, flags: string, help: Words, parse: (raw: string, lang: Lang) => V): Flag<K, V> {
  return { key, flags, help, parse };
}

/** Commander's values, checked against the declarations in their order; the first bad one throws. */
export function readFlags<const F extends readonly AnyFlag[]>(declared: F, raw: OptionValues, lang: Lang): FlagValues<F> {
  const values: Record<string, unknown> = {};
  for (const { key, parse } of declared) {
    const value: unknown = raw[key];
    if (parse === undefined) {
      if (typeof value === 'boolean') values[key] = value;
    } else if (typeof value === 'string') {
      values[key] = parse(value, lang);
    }
  }
  // The one place commander's untyped record meets the declared types: every key above was checked.
  return values as FlagValues<F>;
}

const size = (raw: string, lang: Lang): number => {
  const value = parseSize(raw);
  if (value === undefined) throw new UsageError(render(lang, CLI.badSize, { value: raw }));
  return value;
};

const positiveInt = (option: string) => (raw: string, lang: Lang): number => {
  const value = parsePositiveInt(raw);
  if (value === undefined) throw new UsageError(render(lang, CLI.badNumber, { option, value: raw }));
  return value;
};

const JSON_OUTPUT = flag('json', '--json', 'jsonOption');
/** --force on commands that write a file: overwrite it. */
const OVERWRITE = flag('force', '--force', 'overwriteOption');
const CONFIG = text('config', '--config <file>', 'configOption');
const MAX_SIZE = parsed('maxSize', '--max-size <size>', 'maxSizeOption', size);
const MAX_ERRORS = parsed('maxErrors', '--max-errors <n>', 'maxErrorsOption', positiveInt('--max-errors'));

const PERIOD = [text('year', '--year <year>', 'yearOption'), text('from', '--from <date>', 'fromOption'), text('to', '--to <date>', 'toOption')] as const;

/** The inputs of every command that computes figures: period, --allow-errors, config, size limit. */
export const DATA = [...PERIOD, flag('allowErrors', '--allow-errors', 'allowErrorsOption'), CONFIG, MAX_SIZE] as const;

export const VALIDATE = [
  JSON_OUTPUT,
  text('annotate', '--annotate <dir>', 'annotateOption'),
  MAX_ERRORS,
  flag('strict', '--strict', 'strictOption'),
  MAX_SIZE,
  CONFIG,
  OVERWRITE,
] as const;

export const STATS = [...DATA, JSON_OUTPUT, text('xlsx', '--xlsx <file>', 'xlsxOption'), text('by', '--by <tables>', 'byOption'), OVERWRITE] as const;

export const COVERAGE = [...DATA, JSON_OUTPUT] as const;

/** Not DATA: --allow-errors means nothing here (rows with errors still show who reported). */
export const SUBMISSIONS = [
  ...PERIOD,
  CONFIG,
  MAX_SIZE,
  JSON_OUTPUT,
  flag('remind', '--remind', 'remindOption'),
  text('deadline', '--deadline <date>', 'deadlineOption'),
  text('xlsx', '--xlsx <file>', 'registerXlsxOption'),
  OVERWRITE,
] as const;

export const REPORT = [
  ...DATA,
  text('kind', '--kind <kind>', 'kindOption'),
  text('output', '-o, --output <file>', 'outputOption'),
  text('template', '--template <file>', 'templateOption'),
  flag('printContext', '--print-context', 'printContextOption'),
  flag('pdf', '--pdf', 'pdfOption'),
  flag('strict', '--strict', 'reportStrictOption'),
  OVERWRITE,
] as const;

export const INIT = [text('from', '--from <master>', 'fromMasterOption'), flag('force', '--force', 'forceOption')] as const;

export const FIX = [text('output', '-o, --output <file>', 'fixOutputOption', true), JSON_OUTPUT, OVERWRITE] as const;

/** serve checks its own sizes and port (its messages name the option), so they stay strings here. */
export const SERVE = [
  text('port', '--port <n>', 'portOption'),
  flag('open', '--no-open', 'noOpenOption'),
  text('maxSize', '--max-size <size>', 'maxSizeOption'),
  text('maxUpload', '--max-upload <size>', 'maxUploadOption'),
] as const;

/** A command's one positional argument: commander's term, its help, and its value as the command takes it. */
export interface Positional<A> {
  readonly term: string;
  readonly help: Words;
  readonly read: (value: unknown) => A;
}

export const FILES: Positional<string[]> = {
  term: '[files...]',
  help: 'filesArgument',
  read: (value) => (Array.isArray(value) ? value.map(String) : []),
};

export const FILE: Positional<string> = { term: '<file>', help: 'fileArgument', read: (value) => String(value) };

export const DIR: Positional<string | undefined> = {
  term: '[dir]',
  help: 'dirArgument',
  read: (value) => (typeof value === 'string' ? value : undefined),
};
