/**
 * The signature block and the forms that differ between Party and State documents:
 * "T/M"/"K/T" (HD36) against "TM."/"KT." (ND30), "Số 21-BC/TU" against "Số: 21/BC-UBND".
 * The default signer fits the issuing body, so a report with no signer in the config is
 * still signed the way that body signs.
 */
import type { Config } from '../config/schema.js';
import { STYLE_MISMATCH } from '../messages/report.js';
import { inBoth, type Text } from '../messages/render.js';

export interface Signer {
  /** One to three authority lines above the title ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"); empty when the head signs. */
  readonly onBehalfOf: readonly string[];
  readonly title: string;
  readonly name: string;
}

type Body = 'committee' | 'people-committee' | 'board' | 'other';

/** What kind of body issues the report, from its name. */
function bodyOf(issuingBody: string): Body {
  const key = issuingBody.normalize('NFC').toLocaleLowerCase('vi');
  if (/^(ban thường vụ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|thị ủy|thị uỷ|huyện ủy|huyện uỷ|đảng ủy|đảng uỷ)/.test(key)) return 'committee';
  if (/^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)/.test(key)) return 'people-committee';
  if (/^ban /.test(key)) return 'board';
  return 'other';
}

/** The signer the config gives, with the lines it leaves out chosen for the issuing body and style. */
export function signerFor(config: Config): Signer {
  const party = config.style === 'dang';
  const body = bodyOf(config.issuingBody);
  const fallback: { onBehalfOf: string; title: string } =
    body === 'committee'
      ? { onBehalfOf: party ? 'T/M BAN THƯỜNG VỤ' : 'TM. BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ' }
      : body === 'people-committee'
        ? { onBehalfOf: party ? 'T/M ỦY BAN NHÂN DÂN' : 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' }
        : body === 'board'
          ? { onBehalfOf: '', title: 'TRƯỞNG BAN' }
          : { onBehalfOf: '', title: 'THỦ TRƯỞNG CƠ QUAN' };
  const given = config.signer.onBehalfOf ?? fallback.onBehalfOf;
  return {
    onBehalfOf: (typeof given === 'string' ? [given] : given).map((line) => line.trim()).filter(Boolean),
    title: config.signer.title ?? fallback.title,
    name: config.signer.name,
  };
}

/** Party forms in a State report and State forms in a Party one: what the office should correct. */
export function styleMismatches(config: Config, signer: Signer): Text[] {
  const found: Text[] = [];
  const number = config.documentNumber.trim();
  const state = config.style === 'nha-nuoc';
  for (const onBehalf of signer.onBehalfOf) {
    if (state && /^(T\/M|K\/T)\b/i.test(onBehalf)) found.push(inBoth(STYLE_MISMATCH.partyOnBehalf, { onBehalf }));
    if (!state && /^(TM|KT)\./i.test(onBehalf)) found.push(inBoth(STYLE_MISMATCH.stateOnBehalf, { onBehalf }));
  }
  if (state && /^\d*-[A-ZĐ]+\/[A-ZĐ]/u.test(number)) found.push(inBoth(STYLE_MISMATCH.partyNumber, { number }));
  if (!state && /^\d*\/[A-ZĐ]+-[A-ZĐ]/u.test(number)) found.push(inBoth(STYLE_MISMATCH.stateNumber, { number }));
  return found;
}
