/**
 * The report form's fields as the clerk sees them: their labels (the words of page/index.html,
 * used to name a field in an error instead of a config key), the dates written as people write
 * them (15/01/2024, or ISO) and turned into the config's ISO, the causes split in two boxes,
 * and the commendation's numbers typed as text.
 */
import type { z } from 'zod';
import type { Config } from '../config/schema.js';
import { FORM_FIELDS } from '../messages/fields.js';
import { formatVi } from '../values/calendar.js';
import { parseDateText } from '../values/date.js';

/** Each field's label on the page, by its path in the config; those the report names in its placeholders are the report's (messages/fields.ts). */
export const FORM_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(FORM_FIELDS).map(([key, label]) => [key, label.vi])),
  style: 'Thể thức',
  superiorBody: 'Cơ quan cấp trên',
  issuingBody: 'Cơ quan ban hành',
  issuingBodyHeader: 'Tên cơ quan ở phần đầu',
  documentNumber: 'Số, ký hiệu',
  place: 'Địa danh',
  date: 'Ngày ký',
  basis: 'Văn bản yêu cầu báo cáo',
  deadline: 'Hạn nộp của các đơn vị',
  'signer.onBehalfOf': 'Thay mặt',
  'signer.title': 'Chức vụ',
  'signer.name': 'Họ và tên người ký',
  'programme.name': 'Tên công tác',
  'programme.issuer': 'Cơ quan ban hành văn bản chỉ đạo',
  'programme.area': 'Địa bàn',
  villageTerm: 'Cách gọi thôn, làng',
  recipients: 'Nơi nhận',
  'causes.general': 'Nguyên nhân hạn chế (chưa chia khách quan, chủ quan)',
  'commendation.proposeTo': 'Đề nghị khen thưởng lên',
  'commendation.max': 'Số đơn vị tối đa',
  'commendation.minYears': 'Số năm kết nghĩa tối thiểu',
  'commendation.exclude': 'Không xét',
};

const DATES = ['date', 'deadline', 'programme.directiveDate'] as const;
const NUMBERS = ['max', 'minYears'] as const;

type Fields = Record<string, unknown>;

/** The label of a config path, or of its nearest labelled parent ("recipients.2" is «Nơi nhận»). */
export function labelOf(path: readonly PropertyKey[]): string {
  for (let end = path.length; end > 0; end--) {
    const label = FORM_LABELS[path.slice(0, end).map(String).join('.')];
    if (label) return label;
  }
  return 'Thông tin báo cáo';
}

/** What the page shows for the config's dates and causes. */
export function datesForForm(config: Config): { date: string; deadline: string; directiveDate: string } {
  const vi = (date: string | undefined) => (date ? formatVi(date) : '');
  return { date: vi(config.date), deadline: vi(config.deadline), directiveDate: vi(config.programme.directiveDate) };
}

export function causesForForm(causes: Config['causes']): { general: string[]; objective: string[]; subjective: string[] } {
  return Array.isArray(causes) ? { general: [...causes], objective: [], subjective: [] } : { general: [], objective: [...causes.objective], subjective: [...causes.subjective] };
}

/**
 * The form's values made ready for the schema, in place: dates to ISO (empty: not given),
 * causes to the config's form, the commendation's numbers to numbers. Returns the problems
 * found, each naming the field by its label.
 */
export function normaliseForm(merged: Fields): string[] {
  const problems: string[] = [];
  for (const path of DATES) {
    const [head, tail] = path.split('.') as [string, string | undefined];
    const owner = (tail ? merged[head] : merged) as Fields | undefined;
    const key = tail ?? head;
    const value = owner?.[key];
    if (owner === undefined || typeof value !== 'string') continue;
    if (value.trim() === '') {
      delete owner[key];
      continue;
    }
    const iso = parseDateText(value);
    if (iso) owner[key] = iso;
    else problems.push(`«${FORM_LABELS[path]}»: "${value.trim()}" không phải một ngày; ghi như 15/01/2024.`);
  }
  const causes = merged.causes as Fields | undefined;
  if (causes && !Array.isArray(causes) && 'general' in causes) {
    const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
    const [general, objective, subjective] = [list(causes.general), list(causes.objective), list(causes.subjective)];
    if (objective.length + subjective.length === 0) merged.causes = general;
    else if (general.length === 0) merged.causes = { objective, subjective };
    else problems.push(`«${FORM_LABELS['causes.general']}»: hãy chuyển các ý ở ô này sang hai ô «Nguyên nhân khách quan» và «Nguyên nhân chủ quan».`);
  }
  const commendation = merged.commendation as Fields | undefined;
  if (commendation && typeof commendation === 'object') {
    for (const key of NUMBERS) {
      const value = commendation[key];
      if (typeof value !== 'string') continue;
      if (value.trim() === '') delete commendation[key];
      else if (/^\d+$/.test(value.trim())) commendation[key] = Number(value.trim());
      else problems.push(`«${FORM_LABELS[`commendation.${key}`]}»: cần một số nguyên (không phải "${value.trim()}").`);
    }
    if (commendation.proposeTo === '') delete commendation.proposeTo;
  }
  if (merged.directiveProposal === '') delete merged.directiveProposal;
  // No lines: the header is derived from the bodies' names, as when the key is absent.
  if (Array.isArray(merged.issuingBodyHeader) && merged.issuingBodyHeader.length === 0) delete merged.issuingBodyHeader;
  return problems;
}

/**
 * A remark of the report that names the config file's keys ("documentNumber" để trống trong
 * tệp cấu hình) in the form's words: ô «Số, ký hiệu» để trống.
 */
export function inFormWords(remark: string): string {
  return remark
    .replace(/"([\w.]+)"/g, (quoted, key: string) => (FORM_LABELS[key] ? `ô «${FORM_LABELS[key]}»` : quoted))
    .replace(/ trong tệp cấu hình/g, '')
    .replace(/\bđặt ô «/g, 'ghi ô «');
}

/** A schema problem in the form's words: the field's label, never a config key. */
export function describeFormIssue(issue: z.core.$ZodIssue): string {
  const label = labelOf(issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return `«${label}»: chọn một trong các giá trị của danh sách.`;
    case 'too_small':
      return `«${label}»: cần từ ${String(issue.minimum)} trở lên.`;
    case 'too_big':
      return `«${label}»: cần không quá ${String(issue.maximum)}.`;
    case 'invalid_format':
      return `«${label}»: chưa đúng dạng.`;
    default:
      return `«${label}»: giá trị chưa dùng được.`;
  }
}
