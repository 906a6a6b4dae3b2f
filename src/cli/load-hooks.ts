/**
 * What the terminal shows while a use case reads the files: the line naming temporary files
 * left out, and the progress bar. `run` wraps a use case's call with both.
 */
import type { Lang } from '../findings/finding.js';
import type { LoadHooks } from '../app/load.js';
import { CLI } from '../messages/cli.js';
import { render } from '../messages/render.js';
import type { Io } from './io.js';
import { startProgress } from './progress.js';

/** The one line that says which temporary files were left out. */
export function skipNote(skipped: readonly string[], lang: Lang): string {
  const shown = skipped.length > 3 ? [...skipped.slice(0, 3), '…'] : skipped;
  return render(lang, CLI.skippedTemp, { count: skipped.length, files: shown.join(', ') });
}

/** Runs `work` with the terminal's hooks; the progress bar is gone when it returns or throws. */
export async function withLoadHooks<T>(io: Io, lang: Lang, work: (hooks: LoadHooks) => Promise<T>, extra?: LoadHooks['onProgress']): Promise<T> {
  const progress = startProgress(io, lang);
  try {
    return await work({
      onSkip: (skipped) => io.err(`${skipNote(skipped, lang)}\n`),
      onProgress: extra
        ? (p) => {
            progress.update(p);
            extra(p);
          }
        : progress.update,
    });
  } finally {
    progress.stop();
  }
}
