/**
 * The report's fields that the office writes, named as the page's form names them
 * (page/index.html), and the words of a placeholder left where one is empty (SPEC §6). The
 * page reuses this table to show each placeholder beside its field; a field the form does
 * not have yet still has its label here, the one the form should take.
 *
 * The report is written in Vietnamese whatever `--lang` is; `en` is for the console.
 */
import type { Messages } from './render.js';

export const FORM_FIELDS = {
  'programme.directive': { vi: 'Văn bản chỉ đạo', en: 'Directive' },
  'programme.directiveDate': { vi: 'Ngày ban hành', en: 'Directive date' },
  leadership: { vi: 'Lãnh đạo, chỉ đạo', en: 'Leadership and direction' },
  strengthCauses: { vi: 'Nguyên nhân của ưu điểm', en: 'Causes of the strengths' },
  causes: { vi: 'Nguyên nhân hạn chế', en: 'Causes of the weaknesses' },
  'causes.objective': { vi: 'Nguyên nhân khách quan', en: 'Objective causes' },
  'causes.subjective': { vi: 'Nguyên nhân chủ quan', en: 'Subjective causes' },
  lessons: { vi: 'Bài học kinh nghiệm', en: 'Lessons learned' },
  commendation: { vi: 'Đơn vị tiêu biểu, đề nghị khen thưởng', en: 'Exemplary units proposed for commendation' },
  directions: { vi: 'Phương hướng, nhiệm vụ', en: 'Directions and tasks' },
  recommendations: { vi: 'Đề xuất, kiến nghị', en: 'Recommendations' },
  directiveProposal: { vi: 'Đề xuất về văn bản chỉ đạo', en: 'Proposal on the directive' },
} as const satisfies Messages;

export type FormField = keyof typeof FORM_FIELDS;

export const isFormField = (key: string): key is FormField => Object.hasOwn(FORM_FIELDS, key);

/** A place in the report the office must still write: the field, and its label on the page's form. */
export interface Placeholder {
  readonly field: FormField;
  readonly label: string;
}

export const PLACEHOLDER = {
  /** In the report itself (always Vietnamese): what to write, then where. */
  inReport: { vi: '(Cơ quan soạn thảo viết phần này: {hint} — ô "{label}" trong thông tin báo cáo.)', en: '(Cơ quan soạn thảo viết phần này: {hint} — ô "{label}" trong thông tin báo cáo.)' },
  /** On stderr, one line per place. */
  /** For the one who edits the config file by hand, the key too (the report itself never names it). */
  listed: {
    vi: 'Báo cáo còn chỗ để trống cần viết: ô "{label}" (khóa "{field}" trong tệp cấu hình).',
    en: 'The report still has a place to write: the field "{label}" ("{field}" in the config).',
  },
  strictStop: {
    vi: 'Chưa ghi báo cáo (--strict): viết các ô còn trống nêu trên (trên trang hoặc trong tệp cấu hình).',
    en: 'No report written (--strict): fill in the fields named above (on the page or in the config).',
  },
} as const satisfies Messages;
