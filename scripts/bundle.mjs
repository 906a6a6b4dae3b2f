// The CLI as a few files instead of ~90 modules: `node` resolves, reads and links each ES
// module on its own, and at every start that was about a quarter of a small `validate`
// (issue 11). rolldown joins the compiled modules of dist/src into dist/cli/ketnghia.js and
// one chunk per lazily imported command (report, init, serve…), so `--help` and `validate`
// still load no docx, vega or exceljs. Dependencies stay in node_modules, loaded as before.
// bin/ketnghia.js runs this bundle, or the modules when they are newer (only `tsc` was run).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli');
rmSync(out, { recursive: true, force: true });
await build({
  input: join(root, 'dist', 'src', 'cli', 'main.js'),
  platform: 'node',
  // Only our own modules are joined: a bare import is a dependency, resolved at run time.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(id),
  logLevel: 'warn',
  output: { dir: out, format: 'esm', entryFileNames: 'ketnghia.js', chunkFileNames: '[name]-[hash].js', sourcemap: false },
});
