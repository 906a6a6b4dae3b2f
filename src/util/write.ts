/**
 * Writing outputs safely: to a temporary file beside the target, then renamed over it,
 * so a crash never leaves half a file; and never onto an input.
 */
import { realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';

/** The same file, following links; a path that does not exist yet is compared as resolved. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      try {
        return join(realpathSync(dirname(resolve(p))), basename(p));
      } catch {
        return resolve(p);
      }
    }
  };
  return real(a) === real(b);
}

/** Throws a usage error when `output` is one of `inputs`. */
export function refuseInput(output: string, inputs: readonly string[], refusal: string | UsageError): void {
  if (inputs.some((input) => samePath(input, output))) throw typeof refusal === 'string' ? new UsageError(refusal) : refusal;
}

export async function writeAtomic(path: string, data: Uint8Array | string | ((tmp: string) => Promise<void>)): Promise<void> {
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    if (typeof data === 'function') await data(tmp);
    else await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (error) {
    // rm's force only forgives a missing file, not a parent that is a file (ENOTDIR).
    await rm(tmp, { force: true }).catch(() => undefined);
    if (error instanceof UsageError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new EnvironmentError(path, reason);
  }
}
