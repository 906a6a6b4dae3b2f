/**
 * commander's help in the user's language: titles, the terms of the command list, option
 * placeholders and argument names. One table, so commands added later are translated too.
 */
import type { Argument, Command, Help, Option } from 'commander';
import type { Lang } from '../findings/finding.js';
import { CLI, type CliKey } from '../messages/cli.js';
import { render, type Text } from '../messages/render.js';

const TITLES: Record<string, CliKey> = {
  'Usage:': 'usageTitle',
  'Options:': 'optionsTitle',
  'Commands:': 'commandsTitle',
  'Arguments:': 'argumentsTitle',
  'Global Options:': 'globalOptionsTitle',
};

/** Placeholders and argument names as a Vietnamese user reads them; unknown words stay. */
const WORDS: Record<string, string> = {
  options: 'tùy chọn',
  command: 'lệnh',
  files: 'tệp',
  file: 'tệp',
  dir: 'thư mục',
  lang: 'vi|en',
  n: 'số',
  size: 'dung lượng',
  year: 'năm',
  date: 'ngày',
  tables: 'bảng',
  kind: 'loại',
  master: 'tệp danh mục',
  port: 'cổng',
  folder: 'thư mục',
};

function translate(term: string, lang: Lang): string {
  if (lang !== 'vi') return term;
  return term.replace(/([<[])([\w-]+)(\.\.\.)?([>\]])/g, (whole, open: string, word: string, dots = '', close: string) =>
    WORDS[word] ? `${open}${WORDS[word]}${dots}${close}` : whole,
  );
}

export function helpConfig(lang: Lang): Partial<Help> {
  return {
    styleTitle: (title: string) => (TITLES[title] ? render(lang, CLI[TITLES[title]!] as Text) : title),
    optionTerm: (option: Option) => translate(option.flags, lang),
    argumentTerm: (argument: Argument) => (lang === 'vi' ? (WORDS[argument.name()] ?? argument.name()) : argument.name()),
    // commander's term ("fix [options] <file>"), short enough for the list to wrap, translated.
    subcommandTerm: (cmd: Command) => {
      const args = cmd.registeredArguments.map((arg) => (arg.required ? `<${arg.name()}${arg.variadic ? '...' : ''}>` : `[${arg.name()}${arg.variadic ? '...' : ''}]`));
      return translate([cmd.name(), ...(cmd.options.length > 0 ? ['[options]'] : []), ...args].join(' '), lang);
    },
  } as Partial<Help>;
}
