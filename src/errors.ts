/**
 * The two error classes of the CLI (after changesets): a usage error the user is told
 * about in words (exit 2), and everything else, which is a bug (exit 1, stack with --debug).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
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
