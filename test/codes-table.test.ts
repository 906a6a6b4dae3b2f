import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, FINDING_CODES } from '../src/findings/catalogue.js';
import { codesTable, withCodesTable } from '../src/findings/codes-table.js';

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');

describe("the README's table of finding codes", () => {
  it('is the one generated from the catalogue (npm run codes rewrites it)', () => {
    expect(withCodesTable(readme)).toBe(readme);
  });

  it('has a row per code of the catalogue with its severity', () => {
    const table = codesTable();
    for (const code of FINDING_CODES) expect(table).toMatch(new RegExp(`\\| \x60${code}\x60 \\| ${CATALOGUE[code].severity}(, or (error|warning))? \\| `));
    expect(table.split('\n')).toHaveLength(FINDING_CODES.length + 2);
  });

  it('is noticed when it drifts', () => {
    const drifted = readme.replace('| `outlier` | warning |', '| `outlier` | error |');
    expect(drifted).not.toBe(readme);
    expect(withCodesTable(drifted)).not.toBe(drifted);
    expect(withCodesTable('no markers')).toBeUndefined();
  });
});
