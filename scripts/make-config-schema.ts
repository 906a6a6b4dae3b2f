/**
 * Writes schema/ketnghia.config.schema.json from the zod config schema, so the file
 * editors read never drifts from the one the program checks with.
 * Run after `tsc`: node dist/scripts/make-config-schema.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_SCHEMA_PATH, configSchemaText } from '../src/init/config-schema.js';
import { packageRoot } from '../src/init/schema-ref.js';

const root = packageRoot();
if (root === undefined) throw new Error('package.json of ketnghia not found');
const target = join(root, ...CONFIG_SCHEMA_PATH.split('/'));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, configSchemaText());
process.stdout.write(`${target}\n`);
