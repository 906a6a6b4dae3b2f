/**
 * The language of a run. The CLI's sentences themselves are in src/messages/cli.ts.
 */
import type { Lang } from '../messages/render.js';

/** The language asked for on the command line, read before commander builds the help; else `fallback` (KETNGHIA_LANG, read by run()). */
export function langFromArgv(argv: readonly string[], fallback: Lang = 'vi'): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang' && argv[i + 1] === 'en') return 'en';
    if (arg === '--lang=en') return 'en';
  }
  return fallback;
}
