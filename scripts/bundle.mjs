// The CLI as a few files instead of ~90 modules: `node` resolves, reads and links each ES
// module on its own, and at every start that was about a quarter of a small `validate`
// (issue 11). rolldown joins the compiled modules of dist/src into dist/cli/ketnghia.js and
// one chunk per lazily imported command (report, init, serve…), so `--help` and `validate`
// still load no docx, vega or exceljs. Dependencies stay in node_modules, loaded as before,
// except those in INLINED (issue 21).
// bin/ketnghia.js runs this bundle, or the modules when they are newer (only `tsc` was run).
import { rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

// docx is joined into the report's chunk, so the published package does not depend on it.
// Its dist/index.mjs is one file that already carries the nanoid and fflate it uses, yet its
// package.json asks for nanoid ^6, which declares Node >= 22: every `npm install -g` on
// Node 20 then warned EBADENGINE and installed a tree other than the tested one (the
// `overrides` pin to nanoid 5 reaches only this repository's own installs). docx is
// therefore a devDependency, and the code shipped is exactly the docx that was tested.
const INLINED = new Set(['docx']);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli');
const bare = (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(id) && !id.startsWith('\0');
const packageOf = (id) => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');
rmSync(out, { recursive: true, force: true });
await build({
  input: join(root, 'dist', 'src', 'cli', 'main.js'),
  platform: 'node',
  // Only our own modules and INLINED are joined: any other bare import is a dependency,
  // resolved at run time, as are Node's built-in modules.
  external: (id) => bare(id) && (isBuiltin(id) || !INLINED.has(packageOf(id))),
  logLevel: 'warn',
  output: { dir: out, format: 'esm', entryFileNames: 'ketnghia.js', chunkFileNames: '[name]-[hash].js', sourcemap: false },
});
