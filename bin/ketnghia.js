#!/usr/bin/env node
// The executable only loads the built CLI; everything else lives in src/cli/main.ts.
// dist/cli/ is the bundle `npm run build` makes (scripts/bundle.mjs: one file starts faster
// than ~90 modules); the compiled modules in dist/src/ serve when they are newer, that is
// when only `tsc` was run since the last bundle.
import { statSync } from 'node:fs';

const bundle = new URL('../dist/cli/ketnghia.js', import.meta.url);
const modules = new URL('../dist/src/cli/main.js', import.meta.url);
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const { run } = await import(modified(bundle) >= modified(modules) && modified(bundle) > 0 ? bundle.href : modules.href);

await run();
