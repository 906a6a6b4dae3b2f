/**
 * commander's help in the user's language: titles, the terms of the command list, option
 * placeholders and argument names. One table, so commands added later are translated too.
 */
import type { Argument, Command, Help, Option } from 'commander';
import type { Lang } from '../findings/finding.js';
import { CLI, type CliKey } from '../messages/cli.js';
import { render, type Text } from '../messages/render.js';
import { HELP_WORDS_VI } from '../messages/cli-help.js';

const TITLES: Record<string, CliKey> = {
  'Usage:': 'usageTitle',
  'Options:': 'optionsTitle',
  'Commands:': 'commandsTitle',
  'Arguments:': 'argumentsTitle',
  'Global Options:': 'globalOptionsTitle',
};

function translate(term: string, lang: Lang): string {
  if (lang !== 'vi') return term;
  return term.replace(/([<[])([\w-]+)(\.\.\.)?([>\]])/g, (whole, open: string, word: string, dots = '', close: string) =>
    HELP_WORDS_VI[word] ? `${open}${HELP_WORDS_VI[word]}${dots}${close}` : whole,
  );
}

export function helpConfig(lang: Lang): Partial<Help> {
  return {
    styleTitle: (title: string) => (TITLES[title] ? render(lang, CLI[TITLES[title]!] as Text) : title),
    optionTerm: (option: Option) => translate(option.flags, lang),
    argumentTerm: (argument: Argument) => (lang === 'vi' ? (HELP_WORDS_VI[argument.name()] ?? argument.name()) : argument.name()),
    // commander's term ("fix [options] <file>"), short enough for the list to wrap, translated.
    subcommandTerm: (cmd: Command) => {
      const args = cmd.registeredArguments.map((arg) => (arg.required ? `<${arg.name()}${arg.variadic ? '...' : ''}>` : `[${arg.name()}${arg.variadic ? '...' : ''}]`));
      return translate([cmd.name(), ...(cmd.options.length > 0 ? ['[options]'] : []), ...args].join(' '), lang);
    },
  } as Partial<Help>;
}
