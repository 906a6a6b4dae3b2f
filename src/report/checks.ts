/**
 * What the office must look at before signing, printed on stderr by `report`: the config's
 * own sentences checked against the data (a direction "duy trì 100%" while coverage is
 * 83,33%, an area that is no district or commune of the data), header items missing or
 * left as the starter's placeholders, and Party forms carried into a State report.
 */
import type { Config } from '../config/schema.js';
import type { Dataset } from '../dataset/types.js';
import type { Lang } from '../findings/finding.js';
import { formatPercent } from '../format/vi.js';
import type { Indicators } from '../indicators/types.js';
import { nameKey } from '../text/names.js';
import type { Signer } from './signer.js';
import { styleMismatches } from './signer.js';

const PLACEHOLDER = /…|\.\.\.|^\s*$/;

/** Config sentences that the data contradict. */
export function configWarnings(config: Config, ind: Indicators, dataset: Dataset, lang: Lang): string[] {
  const vi = lang === 'vi';
  const warnings: string[] = [];
  const sentences = [...config.directions, ...config.leadership, ...config.recommendations];
  const rate = ind.coverage.rate;
  for (const sentence of sentences) {
    if (/100\s*%/.test(sentence) && rate !== null && rate < 1) {
      warnings.push(
        vi
          ? `Cấu hình viết "${sentence}" nhưng số liệu cho thấy tỷ lệ kết nghĩa là ${formatPercent(rate)} (${ind.coverage.covered}/${ind.coverage.villages}).`
          : `The config says "${sentence}" but coverage in the data is ${(rate * 100).toFixed(2)}% (${ind.coverage.covered}/${ind.coverage.villages}).`,
      );
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
      warnings.push(
        vi
          ? `Địa bàn "${area}" trong cấu hình (programme.area) không trùng với huyện, xã nào trong danh sách thôn, làng.`
          : `The area "${area}" in the config (programme.area) matches no district or commune of the village list.`,
      );
    }
  }
  return warnings;
}

/** Header items missing or left as a starter placeholder, and style forms of the other kind of document. */
export function headerProblems(config: Config, signer: Signer, lang: Lang): string[] {
  const vi = lang === 'vi';
  const items: Array<[string, string, string]> = [
    ['superiorBody', config.superiorBody, vi ? 'cơ quan cấp trên' : 'superior body'],
    ['issuingBody', config.issuingBody, vi ? 'cơ quan ban hành' : 'issuing body'],
    ['documentNumber', config.documentNumber, vi ? 'số, ký hiệu văn bản' : 'document number'],
    ['place', config.place, vi ? 'địa danh' : 'place'],
    ['signer.name', signer.name, vi ? 'họ tên người ký' : 'signer’s name'],
  ];
  const problems = items
    .filter(([, value]) => PLACEHOLDER.test(value))
    .map(([key, value, label]) =>
      vi ? `Phần đầu/cuối văn bản: chưa có ${label} ("${key}" ${value.trim() ? `còn để "${value}"` : 'để trống'} trong tệp cấu hình).` : `Header: the ${label} is ${value.trim() ? `still "${value}"` : 'missing'} ("${key}" in the config).`,
    );
  for (const mismatch of styleMismatches(config, signer, lang)) problems.push(vi ? `Thể thức: ${mismatch}.` : `Style: ${mismatch}.`);
  return problems;
}
