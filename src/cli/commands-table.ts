/**
 * Every command of `ketnghia` as one entry: name, help, positional argument, options (declared in
 * options.ts with their types) and what it runs. Each `run` imports its module when the command
 * runs, so `ketnghia --help` loads neither exceljs nor docx nor vega. main.ts registers the entries
 * with commander and owns the exit codes; a run returns its code.
 */
import type { Lang } from '../findings/finding.js';
import { commandChecks, commandConfig } from './config.js';
import type { OptionValues } from 'commander';
import type { Io } from './io.js';
import * as opt from './options.js';
import { readFlags, type FlagValues, type Flag, type Positional, type Words } from './options.js';

export interface RunContext<F extends readonly Flag[]> {
  readonly lang: Lang;
  readonly io: Io;
  /** --config as given, read before the other options are parsed (its line is printed first). */
  readonly configPath: string | undefined;
  /** The options, parsed and checked; throws UsageError for the first bad value. */
  readonly flags: () => FlagValues<F>;
}

export interface CommandSpec<F extends readonly Flag[], A> {
  readonly name: string;
  readonly description: Words;
  /** commander's usage line; absent: commander's own. */
  readonly usage?: Words;
  readonly argument: Positional<A>;
  readonly options: F;
  readonly run: (arg: A, context: RunContext<F>) => Promise<number>;
}

/** An entry with its types erased, as the table holds it. */
export interface CommandEntry {
  readonly name: string;
  readonly description: Words;
  readonly usage?: Words;
  readonly argument: Positional<unknown>;
  readonly options: readonly Flag[];
  /** commander's argument and option values as it hands them to an action. */
  readonly run: (arg: unknown, raw: OptionValues, lang: Lang, io: Io) => Promise<number>;
}

function command<const F extends readonly Flag[], A>(spec: CommandSpec<F, A>): CommandEntry {
  return {
    ...spec,
    run: (arg, raw, lang, io) =>
      spec.run(spec.argument.read(arg), {
        lang,
        io,
        configPath: typeof raw.config === 'string' ? raw.config : undefined,
        flags: () => readFlags(spec.options, raw, lang),
      }),
  };
}

/** The values that were given: a command tells "not given" by the key being absent. */
function given<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** A command module's two halves: compute the result, then print it; the run's exit code. */
async function runAndPrint<O, R extends { readonly exitCode: number }>(
  options: O,
  io: Io,
  run: (options: O, io: Io) => Promise<R>,
  print: (result: R, options: O, io: Io) => void,
): Promise<number> {
  const result = await run(options, io);
  print(result, options, io);
  return result.exitCode;
}

/** The options every command that computes figures passes on, with the config they ran with. */
async function dataOptions(files: string[], context: RunContext<typeof opt.DATA>) {
  const { lang, io } = context;
  const loaded = await commandConfig(context.configPath, files, io, lang);
  const flags = context.flags();
  return {
    loaded,
    options: {
      inputs: files,
      lang,
      allowErrors: flags.allowErrors === true,
      ...given({ year: flags.year, from: flags.from, to: flags.to, maxSize: flags.maxSize }),
      checks: loaded.checks,
      minActivities: loaded.config.thresholds.minActivities,
      povertyStandardYears: loaded.config.povertyStandardYears,
      villageTerm: loaded.config.villageTerm,
    },
  };
}

export const COMMANDS: readonly CommandEntry[] = [
  command({
    name: 'validate',
    description: 'validateDescription',
    usage: 'filesUsage',
    argument: opt.FILES,
    options: opt.VALIDATE,
    run: async (files, context) => {
      const { lang, io } = context;
      const { validate, printValidate } = await import('./commands/validate.js');
      const config = await commandChecks(context.configPath, files, io, lang);
      const flags = context.flags();
      const options = {
        inputs: files,
        lang,
        json: flags.json === true,
        strict: flags.strict === true,
        force: flags.force === true,
        ...given({ annotate: flags.annotate, maxErrors: flags.maxErrors, maxSize: flags.maxSize }),
        checks: config.checks,
      };
      return runAndPrint(options, io, validate, printValidate);
    },
  }),
  command({
    name: 'stats',
    description: 'statsDescription',
    usage: 'filesUsage',
    argument: opt.FILES,
    options: opt.STATS,
    run: async (files, context) => {
      const { stats, printStats, parseBy } = await import('./commands/stats.js');
      const { options } = await dataOptions(files, context);
      const flags = context.flags();
      const full = {
        ...options,
        json: flags.json === true,
        ...given({ xlsx: flags.xlsx }),
        force: flags.force === true,
        ...(flags.by !== undefined ? { by: parseBy(flags.by, context.lang) } : {}),
      };
      return runAndPrint(full, context.io, stats, printStats);
    },
  }),
  command({
    name: 'coverage',
    description: 'coverageDescription',
    usage: 'filesUsage',
    argument: opt.FILES,
    options: opt.COVERAGE,
    run: async (files, context) => {
      const { coverage, printCoverage } = await import('./commands/coverage.js');
      const { options } = await dataOptions(files, context);
      const full = { ...options, json: context.flags().json === true };
      return runAndPrint(full, context.io, coverage, printCoverage);
    },
  }),
  command({
    name: 'submissions',
    description: 'submissionsDescription',
    usage: 'filesUsage',
    argument: opt.FILES,
    options: opt.SUBMISSIONS,
    run: async (files, context) => {
      const { submissions, printSubmissions } = await import('./commands/submissions.js');
      const { options, loaded } = await dataOptions(files, context);
      const flags = context.flags();
      const deadline = flags.deadline ?? loaded.config.deadline;
      const full = { ...options, json: flags.json === true, remind: flags.remind === true, ...(deadline ? { deadline } : {}), ...given({ xlsx: flags.xlsx }), force: flags.force === true };
      return runAndPrint(full, context.io, submissions, printSubmissions);
    },
  }),
  command({
    name: 'report',
    description: 'reportDescription',
    usage: 'filesUsage',
    argument: opt.FILES,
    options: opt.REPORT,
    run: async (files, context) => {
      const { report, printReport, parseKind } = await import('./commands/report.js');
      const { options, loaded } = await dataOptions(files, context);
      const flags = context.flags();
      const full = {
        ...options,
        kind: parseKind(flags.kind, context.lang),
        config: loaded.config,
        ...given({ output: flags.output, template: flags.template }),
        printContext: flags.printContext === true,
        pdf: flags.pdf === true,
        strict: flags.strict === true,
        force: flags.force === true,
      };
      return runAndPrint(full, context.io, report, printReport);
    },
  }),
  command({
    name: 'init',
    description: 'initDescription',
    usage: 'initUsage',
    argument: opt.DIR,
    options: opt.INIT,
    run: async (dir, context) => {
      const { init, printInit } = await import('./commands/init.js');
      const flags = context.flags();
      const options = { lang: context.lang, ...given({ dir, from: flags.from }), force: flags.force === true };
      return runAndPrint(options, context.io, init, printInit);
    },
  }),
  command({
    name: 'fix',
    description: 'fixDescription',
    usage: 'fixUsage',
    argument: opt.FILE,
    options: opt.FIX,
    run: async (file, context) => {
      const { fix, printFix } = await import('./commands/fix.js');
      const flags = context.flags();
      const options = { input: file, output: String(flags.output), lang: context.lang, json: flags.json === true, force: flags.force === true };
      return runAndPrint(options, context.io, fix, printFix);
    },
  }),
  command({
    name: 'serve',
    description: 'serveDescription',
    // commander's own usage line would be the English "[options] [dir]".
    usage: 'initUsage',
    argument: {
      ...opt.DIR,
      help: 'dataDirArgument',
    },
    options: opt.SERVE,
    run: async (dir, context) => {
      const { serve } = await import('../serve/command.js');
      const flags = context.flags();
      return serve({ lang: context.lang, ...given({ dir, port: flags.port }), open: flags.open !== false, ...given({ maxSize: flags.maxSize, maxUpload: flags.maxUpload }) }, context.io);
    },
  }),
];
