/**
 * The two error classes of the CLI (after changesets): a usage error the user is told
 * about in words (exit 2), and everything else, which is a bug (exit 1, stack with --debug).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A sentence in both languages (messages/render.ts's `Text`), named here without importing it. */
export interface Words {
  readonly vi: string;
  readonly en: string;
}

/**
 * A usage error raised below the faces: it carries its message template and fields, never
 * words in one language; the face that catches it renders it in its own (messages/period.ts
 * `usageText`). The template's first words are kept as `message` for a stack under --debug.
 */
export class CodedUsageError extends UsageError {
  constructor(
    readonly text: Words,
    readonly params: Readonly<Record<string, string | number | Words>> = {},
  ) {
    super(text.en);
  }
}

/** A problem with the environment the user can fix: a file that cannot be written. */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
  constructor(
    /** The path that could not be written. */
    readonly path: string,
    /** The system's reason (ENOTDIR, EACCES…). */
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}
