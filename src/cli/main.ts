/**
 * The command table and the one place that turns outcomes into exit codes. Each command
 * is imported only when it runs, so `ketnghia --help` loads neither exceljs nor docx.
 *
 * Exit codes (SPEC §3): 0 no errors, 1 errors found (in data, files or the program),
 * 2 the command was used wrongly.
 */
import chalk from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../findings/finding.js';
import { EnvironmentError, UsageError } from '../errors.js';
import { commandChecks, commandConfig } from './config.js';
import { helpConfig } from './help.js';
import { parsePositiveInt, parseSize } from './inputs.js';
import { processIo, type Io } from './io.js';
import { langFromArgv, t, type TextKey } from './text.js';
import { packageVersion } from '../util/package.js';
import { writeProblem } from '../util/output.js';
import { SUBMISSIONS_HELP } from '../submissions/help.js';


export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // chalk 5 follows FORCE_COLOR and the terminal, not the NO_COLOR convention (no-color.org).
  if (process.env.NO_COLOR) chalk.level = 0;
  // `ketnghia … | head`: the reader went away; stop quietly, as command-line tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.exitCode = await main(argv, processIo());
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv);
  const debug = argv.includes('--debug');
  let exitCode = 0;
  const program = buildProgram(lang, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, lang, io, debug, program);
  }
}

function handleError(error: unknown, lang: Lang, io: Io, debug: boolean, program: Command): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0;
    io.err(`${translateCommanderError(error, lang, program)}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    io.err(`${t(lang, 'usageError', { message: error.message })}\n`);
    return 2;
  }
  if (error instanceof EnvironmentError) {
    io.err(`${writeProblem(error.path, error.reason, lang)}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`${t(lang, 'internalError', { message })}\n`);
  if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  return 1;
}

function translateCommanderError(error: CommanderError, lang: Lang, program: Command): string {
  // "ketnghia help frob": commander shows the program's help and ends with code 1.
  if (error.code === 'commander.help') return t(lang, 'usageError', { message: t(lang, 'unknownCommand', { name: program.args[1] ?? '' }) });
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const command = (error as CommanderError & { command?: string }).command ?? program.args[0] ?? '';
  const keys: Record<string, TextKey> = {
    'commander.unknownOption': 'unknownOption',
    'commander.unknownCommand': 'unknownCommand',
    'commander.missingArgument': 'missingArgument',
    'commander.optionMissingArgument': 'optionMissingArgument',
    'commander.excessArguments': 'excessArguments',
    'commander.missingMandatoryOptionValue': 'missingMandatoryOptionValue',
  };
  const key = keys[error.code];
  if (key) return t(lang, 'usageError', { message: t(lang, key, { name: quoted, command }) });
  return t(lang, 'usageError', { message: error.message.replace(/^error: /, '') });
}

function buildProgram(lang: Lang, io: Io, setExit: (code: number) => void): Command {
  const program = new Command('ketnghia');
  const configure = (command: Command): Command =>
    command
      .exitOverride((error) => {
        // Attach the command name for the usage message.
        (error as CommanderError & { command?: string }).command = command.name();
        throw error;
      })
      .configureOutput({ writeOut: io.out, writeErr: () => {} })
      .configureHelp(helpConfig(lang))
      .helpOption('-h, --help', t(lang, 'helpOption'))
      .addOption(new Option('--lang <lang>', t(lang, 'langOption')).argParser((value) => {
        if (value !== 'vi' && value !== 'en') throw new UsageError(t(lang, 'badLang', { value }));
        return value;
      }))
      .addOption(new Option('--debug', t(lang, 'debugOption')));

  configure(program)
    .description(t(lang, 'description'))
    .usage(t(lang, 'programUsage'))
    .version(packageVersion(), '-V, --version', t(lang, 'versionOption'))
    .helpCommand('help [command]', t(lang, 'helpCommand'))
    .showSuggestionAfterError(false);

  const validate = configure(new Command('validate'))
    .description(t(lang, 'validateDescription'))
    .usage(t(lang, 'filesUsage'))
    .argument('[files...]', t(lang, 'filesArgument'))
    .option('--json', t(lang, 'jsonOption'))
    .option('--annotate <dir>', t(lang, 'annotateOption'))
    .option('--max-errors <n>', t(lang, 'maxErrorsOption'))
    .option('--strict', t(lang, 'strictOption'))
    .option('--max-size <size>', t(lang, 'maxSizeOption'))
    .option('--config <file>', t(lang, 'configOption'))
    .option('--force', t(lang, 'overwriteOption'))
    .action(async (files: string[], opts: Record<string, string | boolean | undefined>) => {
      const { validate: run, printValidate } = await import('./commands/validate.js');
      const config = await commandChecks(opts.config, files, io, lang);
      const options = {
        inputs: files,
        lang,
        json: opts.json === true,
        strict: opts.strict === true,
        force: opts.force === true,
        ...(typeof opts.annotate === 'string' ? { annotate: opts.annotate } : {}),
        ...numberOption(opts, 'maxErrors', '--max-errors', lang),
        ...sizeOption(opts, lang),
        checks: config.checks,
      };
      const result = await run(options, io);
      printValidate(result, options, io);
      setExit(result.exitCode);
    });
  program.addCommand(validate);

  const withData = (command: Command): Command =>
    configure(command)
      .usage(t(lang, 'filesUsage'))
      .argument('[files...]', t(lang, 'filesArgument'))
      .option('--year <year>', t(lang, 'yearOption'))
      .option('--from <date>', t(lang, 'fromOption'))
      .option('--to <date>', t(lang, 'toOption'))
      .option('--allow-errors', t(lang, 'allowErrorsOption'))
      .option('--config <file>', t(lang, 'configOption'))
      .option('--max-size <size>', t(lang, 'maxSizeOption'));

  const dataOptions = async (files: string[], opts: Record<string, unknown>) => {
    const loaded = await commandConfig(opts.config, files, io, lang);
    return {
      loaded,
      options: {
        inputs: files,
        lang,
        allowErrors: opts.allowErrors === true,
        ...stringOption(opts, 'year'),
        ...stringOption(opts, 'from'),
        ...stringOption(opts, 'to'),
        ...sizeOption(opts, lang),
        checks: loaded.checks,
        minActivities: loaded.config.thresholds.minActivities,
        povertyStandardYears: loaded.config.povertyStandardYears,
      },
    };
  };

  program.addCommand(
    withData(new Command('stats'))
      .description(t(lang, 'statsDescription'))
      .option('--json', t(lang, 'jsonOption'))
      .option('--xlsx <file>', t(lang, 'xlsxOption'))
      .option('--by <tables>', t(lang, 'byOption'))
      .option('--force', t(lang, 'overwriteOption'))
      .action(async (files: string[], opts: Record<string, unknown>) => {
        const { stats, printStats, parseBy } = await import('./commands/stats.js');
        const { options } = await dataOptions(files, opts);
        const full = {
          ...options,
          json: opts.json === true,
          ...stringOption(opts, 'xlsx'),
          force: opts.force === true,
          ...(typeof opts.by === 'string' ? { by: parseBy(opts.by, lang) } : {}),
        };
        const result = await stats(full, io);
        printStats(result, full, io);
        setExit(result.exitCode);
      }),
  );

  program.addCommand(
    withData(new Command('coverage'))
      .description(t(lang, 'coverageDescription'))
      .option('--json', t(lang, 'jsonOption'))
      .action(async (files: string[], opts: Record<string, unknown>) => {
        const { coverage, printCoverage } = await import('./commands/coverage.js');
        const { options } = await dataOptions(files, opts);
        const full = { ...options, json: opts.json === true };
        const result = await coverage(full, io);
        printCoverage(result, full, io);
        setExit(result.exitCode);
      }),
  );
  program.addCommand(
    // Not withData: --allow-errors means nothing here (rows with errors still show who reported).
    configure(new Command('submissions'))
      .description(SUBMISSIONS_HELP.description[lang])
      .usage(t(lang, 'filesUsage'))
      .argument('[files...]', t(lang, 'filesArgument'))
      .option('--year <year>', t(lang, 'yearOption'))
      .option('--from <date>', t(lang, 'fromOption'))
      .option('--to <date>', t(lang, 'toOption'))
      .option('--config <file>', t(lang, 'configOption'))
      .option('--max-size <size>', t(lang, 'maxSizeOption'))
      .option('--json', t(lang, 'jsonOption'))
      .option('--remind', SUBMISSIONS_HELP.remind[lang])
      .option('--deadline <date>', SUBMISSIONS_HELP.deadline[lang])
      .action(async (files: string[], opts: Record<string, unknown>) => {
        const { submissions, printSubmissions } = await import('./commands/submissions.js');
        const { options, loaded } = await dataOptions(files, opts);
        const deadline = typeof opts.deadline === 'string' ? opts.deadline : loaded.config.deadline;
        const full = { ...options, json: opts.json === true, remind: opts.remind === true, ...(deadline ? { deadline } : {}) };
        const result = await submissions(full, io);
        printSubmissions(result, full, io);
        setExit(result.exitCode);
      }),
  );
  program.addCommand(
    withData(new Command('report'))
      .description(t(lang, 'reportDescription'))
      .option('--kind <kind>', t(lang, 'kindOption'))
      .option('-o, --output <file>', t(lang, 'outputOption'))
      .option('--template <file>', t(lang, 'templateOption'))
      .option('--print-context', t(lang, 'printContextOption'))
      .option('--pdf', t(lang, 'pdfOption'))
      .option('--strict', lang === 'vi' ? 'mục phần đầu văn bản còn thiếu hoặc còn để mẫu là lỗi (mã thoát 1)' : 'a header item missing or left as a placeholder is an error (exit 1)')
      .option('--force', t(lang, 'overwriteOption'))
      .action(async (files: string[], opts: Record<string, unknown>) => {
        const { report, printReport, parseKind } = await import('./commands/report.js');
        const { options, loaded } = await dataOptions(files, opts);
        const full = {
          ...options,
          kind: parseKind(opts.kind as string | undefined, lang),
          config: loaded.config,
          ...stringOption(opts, 'output'),
          ...stringOption(opts, 'template'),
          printContext: opts.printContext === true,
          pdf: opts.pdf === true,
          strict: opts.strict === true,
          force: opts.force === true,
        };
        const result = await report(full, io);
        printReport(result, full, io);
        setExit(result.exitCode);
      }),
  );
  program.addCommand(
    configure(new Command('init'))
      .description(t(lang, 'initDescription'))
      .usage(t(lang, 'initUsage'))
      .argument('[dir]', t(lang, 'dirArgument'))
      .option('--from <master>', t(lang, 'fromMasterOption'))
      .option('--force', t(lang, 'forceOption'))
      .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
        const { init, printInit } = await import('./commands/init.js');
        const options = { lang, ...(dir !== undefined ? { dir } : {}), ...stringOption(opts, 'from'), force: opts.force === true };
        const result = await init(options, io);
        printInit(result, options, io);
        setExit(result.exitCode);
      }),
  );

  program.addCommand(
    configure(new Command('fix'))
      .description(t(lang, 'fixDescription'))
      .usage(t(lang, 'fixUsage'))
      .argument('<file>', t(lang, 'fileArgument'))
      .requiredOption('-o, --output <file>', t(lang, 'fixOutputOption'))
      .option('--json', t(lang, 'jsonOption'))
      .option('--force', t(lang, 'overwriteOption'))
      .action(async (file: string, opts: Record<string, unknown>) => {
        const { fix, printFix } = await import('./commands/fix.js');
        const options = { input: file, output: String(opts.output), lang, json: opts.json === true, force: opts.force === true };
        const result = await fix(options, io);
        printFix(result, options, io);
        setExit(result.exitCode);
      }),
  );
  program.addCommand(
    configure(new Command('serve'))
      .description(lang === 'vi' ? 'mở trang web trên máy này để kiểm tra tệp, xem số liệu và lập báo cáo' : 'open a local web page to check files, see the figures and write the report')
      .argument('[dir]', lang === 'vi' ? 'thư mục số liệu, nơi đọc và lưu ketnghia.config.json (mặc định: thư mục hiện tại)' : 'the data folder, where ketnghia.config.json is read and saved (default: the current one)')
      .option('--port <n>', lang === 'vi' ? 'cổng (mặc định: một cổng còn trống)' : 'port (default: a free one)')
      .option('--no-open', lang === 'vi' ? 'không tự mở trình duyệt' : 'do not open the browser')
      .option('--max-size <size>', t(lang, 'maxSizeOption'))
      .option('--max-upload <size>', lang === 'vi' ? 'giới hạn tổng dung lượng mỗi lần gửi tệp (mặc định 512M)' : 'limit on each upload in total (default 512M)')
      .action(async (dir: string | undefined, opts: Record<string, unknown>) => {
        const { serve } = await import('../serve/command.js');
        setExit(await serve({ lang, ...(dir !== undefined ? { dir } : {}), ...stringOption(opts, 'port'), open: opts.open !== false, ...stringOption(opts, 'maxSize'), ...stringOption(opts, 'maxUpload') }, io));
      }),
  );
  return program;
}

function stringOption(opts: Record<string, unknown>, key: string): Record<string, string> {
  const value = opts[key];
  return typeof value === 'string' ? { [key]: value } : {};
}

function numberOption(opts: Record<string, unknown>, key: string, flag: string, lang: Lang): Record<string, number> {
  const raw = opts[key];
  if (typeof raw !== 'string') return {};
  const value = parsePositiveInt(raw);
  if (value === undefined) throw new UsageError(t(lang, 'badNumber', { option: flag, value: raw }));
  return { [key]: value };
}

function sizeOption(opts: Record<string, unknown>, lang: Lang): { maxSize?: number } {
  const raw = opts.maxSize;
  if (typeof raw !== 'string') return {};
  const value = parseSize(raw);
  if (value === undefined) throw new UsageError(t(lang, 'badSize', { value: raw }));
  return { maxSize: value };
}
