/**
 * What the office must look at before signing, printed on stderr by `report`: the config's
 * own sentences checked against the data (a direction "duy trì 100%" while coverage is
 * 83,33%, an area that is no district or commune of the data), header items missing or
 * left as the starter's placeholders, and Party forms carried into a State report.
 */
import type { Config } from '../config/schema.js';
import type { Dataset } from '../model/types.js';
import { formatPercent } from '../format/vi.js';
import type { Indicators } from '../indicators/types.js';
import { nameKey } from '../text/names.js';
import type { Signer } from './signer.js';
import { styleMismatches } from './signer.js';
import { headerLines } from './header.js';
import { CONFIG_CHECKS, HEADER } from '../messages/report.js';
import { inBoth, type Text } from '../messages/render.js';

const PLACEHOLDER = /…|\.\.\.|^\s*$/;

/** Config sentences that the data contradict. */
export function configWarnings(config: Config, ind: Indicators, dataset: Dataset): Text[] {
  const warnings: Text[] = [];
  const sentences = [...config.directions, ...config.leadership, ...config.recommendations];
  const rate = ind.coverage.rate;
  for (const sentence of sentences) {
    if (/100\s*%/.test(sentence) && rate !== null && rate < 1) {
      const shown = { vi: formatPercent(rate), en: `${(rate * 100).toFixed(2)}%` };
      warnings.push(inBoth(CONFIG_CHECKS.fullCoverage, { sentence, rate: shown, covered: String(ind.coverage.covered), villages: String(ind.coverage.villages) }));
    }
  }
  const area = config.programme.area.trim();
  if (area && !PLACEHOLDER.test(area) && dataset.villages.length > 0) {
    const names = new Set<string>();
    for (const v of dataset.villages) {
      if (v.district) names.add(nameKey(v.district, 'district'));
      names.add(nameKey(v.commune, 'commune'));
    }
    const areaKey = nameKey(area, 'district');
    const known = [...names].some((n) => n && (areaKey.endsWith(n) || n.endsWith(areaKey)));
    // A whole province is named by no row; only a district- or commune-level area is checked.
    if (!known && !/tỉnh|thành phố trực thuộc/i.test(area)) {
      warnings.push(inBoth(CONFIG_CHECKS.unknownArea, { area }));
    }
  }
  return warnings;
}

/** Header items missing or left as a starter placeholder, and style forms of the other kind of document. */
export function headerProblems(config: Config, signer: Signer): Text[] {
  const header = headerLines(config);
  // A People's Committee has no body above it, and lines the config gives are complete.
  const superior = header.needsSuperior && header.superior.length === 0;
  const items: Array<[string, string, Text]> = [
    ...(superior ? [['superiorBody', config.superiorBody, HEADER.superiorBody] as [string, string, Text]] : []),
    ['issuingBody', config.issuingBody, HEADER.issuingBody],
    ['documentNumber', config.documentNumber, HEADER.documentNumber],
    ['place', config.place, HEADER.place],
    ['signer.name', signer.name, HEADER.signerName],
  ];
  const problems = items
    .filter(([, value]) => PLACEHOLDER.test(value))
    .map(([key, value, label]) => inBoth(HEADER.missing, { label, key, state: value.trim() ? inBoth(HEADER.leftAs, { value }) : inBoth(HEADER.blank) }));
  for (const mismatch of styleMismatches(config, signer)) problems.push(inBoth(HEADER.style, { mismatch }));
  return problems;
}
