/**
 * The README's table of finding codes, generated from the catalogue (as frictionless-py
 * generates its error reference), so the two cannot drift: `npm run codes` rewrites it and a
 * test fails when the README differs.
 */
import { CATALOGUE, FINDING_CODES, type CodeDef } from './catalogue.js';

const CODES_BEGIN = '<!-- finding codes: generated from src/findings/catalogue.ts by `npm run codes` -->';
const CODES_END = '<!-- end of finding codes -->';

export function codesTable(): string {
  const rows = FINDING_CODES.map((code) => `| \`${code}\` | ${(CATALOGUE[code] as CodeDef).severityShown ?? CATALOGUE[code].severity} | ${CATALOGUE[code].when} |`);
  return ['| code | severity | when |', '|---|---|---|', ...rows].join('\n');
}

/** The README with its table replaced by the generated one; undefined when the markers are missing. */
export function withCodesTable(readme: string): string | undefined {
  const begin = readme.indexOf(CODES_BEGIN);
  const end = readme.indexOf(CODES_END);
  if (begin < 0 || end < begin) return undefined;
  return `${readme.slice(0, begin + CODES_BEGIN.length)}\n${codesTable()}\n${readme.slice(end)}`;
}
