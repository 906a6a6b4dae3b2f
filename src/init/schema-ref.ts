/**
 * Where the config's `"$schema"` points: the JSON Schema shipped in this package's
 * `schema/` folder, written relative to the folder of the config file so an editor
 * finds it whether ketnghia is installed in the project or globally.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_SCHEMA_PATH } from './config-schema.js';

/** Used when the package's own schema file cannot be found (an unusual install). */
const FALLBACK_SCHEMA_REF = './node_modules/ketnghia/' + CONFIG_SCHEMA_PATH;

/** The package root, whether the code runs from `src/`, `scripts/` or `dist/`. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'ketnghia') return dir;
      } catch {
        // An unreadable package.json above us is not ours; keep looking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function schemaReference(configDir: string): string {
  const root = packageRoot();
  const file = root === undefined ? undefined : join(root, ...CONFIG_SCHEMA_PATH.split('/'));
  if (file === undefined || !existsSync(file)) return FALLBACK_SCHEMA_REF;
  const path = relative(configDir, file);
  // Another drive on Windows: no relative path exists, a file URL does.
  if (isAbsolute(path)) return pathToFileURL(file).href;
  const posix = path.split(sep).join('/');
  return posix.startsWith('.') ? posix : `./${posix}`;
}
