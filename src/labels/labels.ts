/** Names of the indicator keys for tables and reports, in both languages. */
import type { Lang } from '../findings/finding.js';
import { render } from '../messages/render.js';
import { STATS_WORDS } from '../messages/stats.js';
import { ACTIVITY_TYPES, FUNDING_SOURCES, UNSPECIFIED_SOURCE, choiceByKey } from '../schema/choices.js';
import { VILLAGES } from '../schema/fields.js';

export function activityTypeLabel(key: string, lang: Lang): string {
  const choice = choiceByKey(ACTIVITY_TYPES, key);
  return choice ? (lang === 'vi' ? choice.label : choice.en) : key;
}

export function sourceLabel(key: string, lang: Lang): string {
  const choice = choiceByKey(FUNDING_SOURCES, key);
  if (choice) return lang === 'vi' ? choice.label : choice.en;
  if (key === UNSPECIFIED_SOURCE) return render(lang, STATS_WORDS.unspecifiedSource);
  return key;
}

export function villageFieldLabel(key: string, lang: Lang): string {
  const field = VILLAGES.fields.find((f) => f.key === key);
  return field ? (lang === 'vi' ? field.header : field.en) : key;
}

/** How a report sentence says a village has the facility: "có điện lưới quốc gia". */
export function infrastructurePhrase(key: string): string {
  const phrases: Record<string, string> = {
    hasGrid: 'có điện lưới quốc gia',
    hasCulturalHouse: 'có nhà văn hóa',
    hasKindergarten: 'có trường, lớp mẫu giáo',
    hasPartyCell: 'có chi bộ',
    newRural: 'đạt chuẩn nông thôn mới',
  };
  return phrases[key] ?? key;
}
