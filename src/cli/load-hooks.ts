/**
 * What the terminal shows while a use case reads the files: the progress bar, and the line
 * naming the files left out when a usage error follows (otherwise `file-skipped` findings name them). `run` wraps a use case's call with both.
 */
import type { Lang } from '../findings/finding.js';
import type { LoadHooks } from '../app/load.js';
import type { SkippedFile } from '../app/inputs.js';
import { CLI } from '../messages/cli.js';
import { render } from '../messages/render.js';
import type { Io } from './io.js';
import { startProgress } from './progress.js';

/** The one line that names the files left out, for when no findings are shown (a usage error follows). */
export function skipNote(skipped: readonly SkippedFile[], lang: Lang): string {
  const names = skipped.map((s) => s.file);
  const shown = names.length > 3 ? [...names.slice(0, 3), '…'] : names;
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
