/**
 * Rewrites the README's table of finding codes from the catalogue, so the table readers see
 * never drifts from the codes the program reports (test/codes-table.test.ts checks it).
 * Run after `tsc`: node dist/scripts/make-codes-table.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCodesTable } from '../src/findings/codes-table.js';
import { packageRoot } from '../src/init/schema-ref.js';

const root = packageRoot();
if (root === undefined) throw new Error('package.json of ketnghia not found');
const target = join(root, 'README.md');
const updated = withCodesTable(readFileSync(target, 'utf8'));
if (updated === undefined) throw new Error('README.md has no markers around its table of finding codes');
writeFileSync(target, updated);
process.stdout.write(`${target}\n`);
