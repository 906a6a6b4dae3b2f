/**
 * The context's few lines reshaped from the data or the config: the share of gifts judged,
 * the recipients in the style's form, and a commune's name as sentences write it (the
 * directions written from the data are coded items: judgements/assess.ts). Plain text: templates escape it like any value.
 */
import type { Config } from '../config/schema.js';
import type { Indicators } from '../indicators/types.js';

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
