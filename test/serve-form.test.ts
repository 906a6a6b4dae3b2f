/**
 * The page's report form → the config (src/serve/config-form.ts, form-fields.ts): dates as
 * people write them or ISO, errors naming the box as the form labels it, the causes in two
 * boxes, and the report's remarks put in the form's words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_FIELDS } from '../src/messages/fields.js';
import { pageDir } from '../src/serve/server.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { UsageError } from '../src/errors.js';
import { applyForm, formOf } from '../src/serve/config-form.js';
import { inFormWords, labelOf } from '../src/serve/form-fields.js';

const failure = (form: unknown): string => {
  try {
    applyForm(DEFAULT_CONFIG, form);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('the form was accepted');
};

describe('the report form', () => {
  it('takes every date as 15/01/2024 or ISO, and shows them as 15/01/2024', () => {
    const config = applyForm(DEFAULT_CONFIG, { date: '15/01/2024', deadline: '2021-01-12', programme: { directiveDate: '5/3/2010' } });
    expect([config.date, config.deadline, config.programme.directiveDate]).toEqual(['2024-01-15', '2021-01-12', '2010-03-05']);
    const form = formOf(config);
    expect([form.date, form.deadline, form.programme.directiveDate]).toEqual(['15/01/2024', '12/01/2021', '05/03/2010']);
    // Empty is "not given".
    const empty = applyForm(config, { date: '', deadline: ' ', programme: { directiveDate: '' } });
    expect([empty.date, empty.deadline, empty.programme.directiveDate]).toEqual([undefined, undefined, undefined]);
  });

  it('names a wrong box by its label, never by a key', () => {
    const message = failure({ deadline: '31/02/2021', programme: { directiveDate: '2010-13-01' }, style: 'khác' });
    expect(message).toContain('«Hạn nộp của các đơn vị»: "31/02/2021" không phải một ngày; ghi như 15/01/2024.');
    expect(message).toContain('«Ngày ban hành»: "2010-13-01" không phải một ngày');
    expect(message).toContain('«Thể thức»: chọn một trong các giá trị của danh sách.');
    expect(message).not.toMatch(/deadline|directiveDate|style|programme/);
    expect(failure({ recipients: 'không phải danh sách' })).toContain('«Nơi nhận»');
    expect(labelOf(['recipients', 2])).toBe('Nơi nhận');
    expect(labelOf(['nothing'])).toBe('Thông tin báo cáo');
  });

  it('splits the causes in two boxes, keeps an undivided list as it is, and refuses a mix', () => {
    expect(applyForm(DEFAULT_CONFIG, { causes: { general: [], objective: ['Địa bàn rộng.'], subjective: [] } }).causes).toEqual({ objective: ['Địa bàn rộng.'], subjective: [] });
    expect(applyForm(DEFAULT_CONFIG, { causes: { general: ['Một ý.'], objective: [], subjective: [] } }).causes).toEqual(['Một ý.']);
    expect(formOf(applyForm(DEFAULT_CONFIG, { causes: ['Một ý.'] })).causes).toEqual({ general: ['Một ý.'], objective: [], subjective: [] });
    expect(failure({ causes: { general: ['Một ý.'], objective: ['Khác.'], subjective: [] } })).toContain('«Nguyên nhân hạn chế (chưa chia khách quan, chủ quan)»');
  });

  it('carries lessons, strengths’ causes, basis and the village term', () => {
    const config = applyForm(DEFAULT_CONFIG, { lessons: ['Một là, …'], strengthCauses: ['Cấp ủy quan tâm.'], basis: 'Công văn số 125-CV/BDVTU', villageTerm: 'bôn' });
    expect([config.lessons, config.strengthCauses, config.basis, config.villageTerm]).toEqual([['Một là, …'], ['Cấp ủy quan tâm.'], 'Công văn số 125-CV/BDVTU', 'bôn']);
  });

  it('has a box (or a group of boxes) named as the report names each place the office writes', () => {
    const html = readFileSync(join(pageDir(), 'index.html'), 'utf8');
    // The words that open each label, legend and group heading.
    const names = [...html.matchAll(/<(?:label|legend|h4)[^>]*>([^<]+)</g)].map((m) => m[1]!.trim());
    const missing = Object.values(FORM_FIELDS)
      .map((label) => label.vi)
      .filter((label) => !names.some((name) => name === label || name.startsWith(`${label} (`)));
    expect(missing).toEqual([]);
  });

  it('puts the report’s remarks in the form’s words', () => {
    expect(inFormWords('Phần đầu/cuối văn bản: chưa có số, ký hiệu văn bản ("documentNumber" để trống trong tệp cấu hình).')).toBe(
      'Phần đầu/cuối văn bản: chưa có số, ký hiệu văn bản (ô «Số, ký hiệu» để trống).',
    );
    expect(inFormWords('chưa có người ký ("signer.name" để trống trong tệp cấu hình)')).toBe('chưa có người ký (ô «Họ và tên người ký» để trống)');
    // A quoted word that is no key of the form stays.
    expect(inFormWords('Câu "duy trì 100%" không đúng với số liệu.')).toBe('Câu "duy trì 100%" không đúng với số liệu.');
  });
});
