/**
 * The context's few sentences and lines written from the data or reshaped from the config:
 * the directions proposed when the config gives none, the recipients in the style's form,
 * and a commune's name as sentences write it. Plain text: templates escape it like any value.
 */
import type { Config } from '../config/schema.js';
import type { Indicators } from '../indicators/types.js';

/** A share of visits and gifts from which section III names it. */
export const MANY_GIFTS = 0.3;

/**
 * The share of visits and gifts the report judges: only when they are the most frequent kind
 * of activity. One of three activities of three kinds is a third, but not "a high share".
 */
export function judgedGiftShare(ind: Indicators): number {
  const { byType, giftShare } = ind.activities;
  const gifts = byType['visits-gifts']?.count ?? 0;
  const leads = Object.entries(byType).every(([type, entry]) => type === 'visits-gifts' || entry.count < gifts);
  return leads ? (giftShare ?? 0) : 0;
}

/** Recipients as the style writes them: State style ends each with ";" and the last "- Lưu: VT, …". */
export function recipientsFor(config: Config): string[] {
  if (config.style === 'dang') return config.recipients;
  return config.recipients.map((r, i, all) => {
    const text = r.trim().replace(/[,;.]+$/, '');
    if (i === all.length - 1) return /^-\s*Lưu/i.test(text) ? `${text.replace(/^-\s*Lưu:?\s*/i, '- Lưu: ')}.` : `${text};`;
    return `${text};`;
  });
}

/** "xã Ia Sao" from "Ia Sao"; a name already carrying its kind ("Xã Chư Băh", "Phường Đoàn Kết") is written as is. */
export function communeName(commune: string): string {
  return /^(xã|phường|thị trấn)\s/iu.test(commune.trim()) ? commune.trim().replace(/^(\S+)/u, (w) => w.toLocaleLowerCase('vi')) : `xã ${commune.trim()}`;
}

/** Where the body's shortened lists point: their appendices, and the uncovered communes when the commune level is present. */
export interface DirectionsInput {
  readonly uncoveredAppendix: number | null;
  readonly inactiveAppendix: number | null;
  readonly uncoveredCommunes: ReadonlyArray<{ readonly commune: string; readonly district?: string | null }>;
  readonly communesAppendix: number | null;
}

/** A few names, then the appendix for the rest: "…" never ends a list in the body (SPEC §6). */
function firstFew(names: readonly string[], few: number, separator: string, rest: (more: number) => string): string {
  if (names.length <= few) return names.join(separator);
  return `${names.slice(0, few).join(separator)}${rest(names.length - few)}`;
}

/** Directions written from the data when the config gives none: name what needs doing. */
export function defaultDirections(ind: Indicators, inactiveCount: number, giftShare: number, term: string, where: DirectionsInput): string[] {
  const directions: string[] = [];
  const uncovered = ind.coverage.uncovered;
  const appendix = (n: number | null) => (n !== null ? ` (Phụ lục ${n})` : '');
  if (uncovered.length > 0) {
    const names = firstFew(
      uncovered.map((u) => `${u.village} (${communeName(u.commune)})`),
      8,
      ', ',
      (more) => ` và ${more} ${term} khác${appendix(where.uncoveredAppendix)}`,
    );
    directions.push(`Phân công cơ quan, đơn vị kết nghĩa với ${uncovered.length} ${term} chưa có đơn vị kết nghĩa: ${names}.`);
  } else if (ind.coverage.rate === 1) {
    directions.push(`Duy trì 100% ${term} có cơ quan, đơn vị kết nghĩa; kịp thời phân công đơn vị thay thế khi có thay đổi về tổ chức.`);
  }
  const communes = where.uncoveredCommunes;
  if (communes.length > 0) {
    // The district only tells communes apart when they lie in more than one.
    const districts = new Set(communes.map((c) => c.district ?? ''));
    const names = firstFew(
      communes.map((c) => communeName(c.commune) + (districts.size > 1 && c.district ? ` (${c.district})` : '')),
      8,
      ', ',
      (more) => ` và ${more} xã khác${appendix(where.communesAppendix)}`,
    );
    directions.push(`Phân công cơ quan, đơn vị kết nghĩa với ${communes.length} xã chưa có đơn vị kết nghĩa: ${names}.`);
  }
  if (inactiveCount > 0) {
    const names = firstFew(
      ind.activities.inactivePairings.map((p) => `${p.unit} với ${p.village}`),
      5,
      '; ',
      (more) => ` và ${more} cặp khác${appendix(where.inactiveAppendix)}`,
    );
    directions.push(`Chỉ đạo ${inactiveCount} cặp kết nghĩa chưa có hoạt động (${names}) xây dựng kế hoạch và tổ chức hoạt động cụ thể.`);
  }
  if (giftShare >= MANY_GIFTS) directions.push('Chuyển trọng tâm từ thăm hỏi, tặng quà sang hỗ trợ sinh kế, phát triển sản xuất, đào tạo nghề cho đồng bào.');
  directions.push('Định kỳ hằng năm tổng hợp, đánh giá kết quả hoạt động của từng cặp kết nghĩa.');
  return directions;
}
