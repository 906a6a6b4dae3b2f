/**
 * The program: commander set up in the user's language, the commands of commands-table.ts
 * registered on it, and the one place that turns outcomes into exit codes.
 *
 * Exit codes (SPEC §3): 0 no errors, 1 errors found (in data, files or the program),
 * 2 the command was used wrongly.
 */
import chalk from 'chalk';
import { Command, CommanderError, Option, type OptionValues } from 'commander';
import type { Lang } from '../findings/finding.js';
import { EnvironmentError, UsageError } from '../errors.js';
import { COMMANDS, type CommandEntry } from './commands-table.js';
import { helpConfig } from './help.js';
import { processIo, type Io } from './io.js';
import { say } from './options.js';
import { CLI, type CliKey } from '../messages/cli.js';
import { usageText } from '../messages/period.js';
import { render, type Text } from '../messages/render.js';
import { langFromArgv } from './text.js';
import { packageVersion } from '../util/package.js';
import { writeProblem } from '../util/output.js';
import { Suggester } from '../text/suggest.js';


export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // The environment is read here, once; commands see it through their Io.
  const env = process.env;
  // chalk 5 follows FORCE_COLOR and the terminal, not the NO_COLOR convention (no-color.org).
  if (env.NO_COLOR) chalk.level = 0;
  // `ketnghia … | head`: the reader went away; stop quietly, as command-line tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.exitCode = await main(argv, processIo(env));
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv, io.envLang);
  const debug = argv.includes('--debug');
  let exitCode = 0;
  const program = buildProgram(lang, io, (code) => {
    exitCode = code;
  });
  // A bare `ketnghia` (double-clicked, or typed to see what it does): the short help, not an error.
  if (isBare(argv)) {
    io.out(`${program.helpInformation()}\n${render(lang, CLI.examples)}\n`);
    return 0;
  }
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
    io.err(`${render(lang, CLI.usageError, { message: usageText(error, lang) })}\n`);
    return 2;
  }
  if (error instanceof EnvironmentError) {
    io.err(`${writeProblem(error.path, error.reason, lang)}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`${render(lang, CLI.internalError, { message })}\n`);
  if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  return 1;
}

function translateCommanderError(error: CommanderError, lang: Lang, program: Command): string {
  // "ketnghia help frob": commander shows the program's help and ends with code 1.
  if (error.code === 'commander.help') return render(lang, CLI.usageError, { message: render(lang, CLI.unknownCommand, { name: program.args[1] ?? '', hint: didYouMean('commander.unknownCommand', program.args[1] ?? '', '', program, lang) }) });
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const named = (error as CommanderError & { command?: string }).command ?? program.args[0] ?? '';
  // An error on the program itself (`ketnghia --frob`) points to "ketnghia --help", not "ketnghia ketnghia --help".
  const command = named === program.name() ? '' : named;
  const keys: Record<string, CliKey> = {
    'commander.unknownOption': 'unknownOption',
    'commander.unknownCommand': 'unknownCommand',
    'commander.missingArgument': 'missingArgument',
    'commander.optionMissingArgument': 'optionMissingArgument',
    'commander.excessArguments': 'excessArguments',
    'commander.missingMandatoryOptionValue': 'missingMandatoryOptionValue',
  };
  const key = keys[error.code];
  if (key) return render(lang, CLI.usageError, { message: render(lang, CLI[key] as Text, { name: quoted, command, hint: didYouMean(error.code, quoted, command, program, lang) }).replace('ketnghia  --help', 'ketnghia --help') });
  return render(lang, CLI.usageError, { message: error.message.replace(/^error: /, '') });
}

/** No command given: only the global options, if any. */
function isBare(argv: readonly string[]): boolean {
  const rest = argv.filter((arg, i) => arg !== '--debug' && arg !== '--lang' && argv[i - 1] !== '--lang' && !arg.startsWith('--lang='));
  return rest.length === 0;
}

/** " Có phải ý bạn là validate?" for a mistyped command or option (as init's headers are told), or nothing. */
function didYouMean(code: string, name: string, command: string, program: Command, lang: Lang): string {
  const suggester = new Suggester();
  if (code === 'commander.unknownCommand') {
    for (const known of program.commands) suggester.add({ display: known.name(), key: known.name() });
  } else if (code === 'commander.unknownOption') {
    const owner = program.commands.find((c) => c.name() === command) ?? program;
    for (const option of owner.options) if (option.long) suggester.add({ display: option.long, key: option.long });
  } else return '';
  // "--anotate=x" is the option "--anotate".
  const suggestion = suggester.suggest(name.split('=')[0]!);
  return suggestion ? render(lang, CLI.didYouMean, { name: suggestion }) : '';
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
      .helpOption('-h, --help', render(lang, CLI.helpOption))
      .addOption(new Option('--lang <lang>', render(lang, CLI.langOption)).argParser((value) => {
        if (value !== 'vi' && value !== 'en') throw new UsageError(render(lang, CLI.badLang, { value }));
        return value;
      }))
      .addOption(new Option('--debug', render(lang, CLI.debugOption)));

  configure(program)
    .description(render(lang, CLI.description))
    .usage(render(lang, CLI.programUsage))
    .version(packageVersion(), '-V, --version', render(lang, CLI.versionOption))
    .helpCommand('help [command]', render(lang, CLI.helpCommand))
    .addHelpText('after', `\n${render(lang, CLI.examples)}`)
    .showSuggestionAfterError(false);

  for (const entry of COMMANDS) program.addCommand(commandOf(entry, configure, lang, io, setExit));
  return program;
}

/** One entry of the table as a commander command, in the order its help lists things. */
function commandOf(entry: CommandEntry, configure: (command: Command) => Command, lang: Lang, io: Io, setExit: (code: number) => void): Command {
  const command = configure(new Command(entry.name)).description(say(lang, entry.description));
  if (entry.usage !== undefined) command.usage(say(lang, entry.usage));
  command.argument(entry.argument.term, say(lang, entry.argument.help));
  for (const declared of entry.options) {
    const option = new Option(declared.flags, say(lang, declared.help));
    command.addOption(declared.mandatory === true ? option.makeOptionMandatory() : option);
  }
  return command.action(async (arg: unknown, raw: OptionValues) => {
    setExit(await entry.run(arg, raw, lang, io));
  });
}
