/**
 * Where the office must write (SPEC §6, issue 19): the report says so in plain Vietnamese,
 * naming the field as the page's form names it, never a config key nor JSON; each place is
 * in the result's list, on stderr, and `--strict` stops while any remains. And the tổng kết's
 * framing: a results heading of the data's years, a proposal on the directive.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { report } from '../src/cli/commands/report.js';
import { ConfigSchema } from '../src/config/schema.js';
import { FORM_FIELDS } from '../src/messages/fields.js';
import { capture } from './helpers/io.js';
import { dataset, renderSmall, SMALL, village } from './helpers/render-report.js';
import { HEADERS, tempDir, writeWorkbook } from './helpers/workbook.js';

const HEAD = { issuingBody: 'Huyện ủy Chư Sê', superiorBody: 'Đảng bộ tỉnh Gia Lai', documentNumber: '12-BC/HU', place: 'Chư Sê', signer: { name: 'Nguyễn Văn A' } };
const WRITTEN = {
  ...HEAD,
  leadership: ['Ban Thường vụ Huyện ủy ban hành Kế hoạch số 05-KH/HU.'],
  strengthCauses: ['Cấp ủy quan tâm lãnh đạo.'],
  causes: { objective: ['Địa bàn rộng.'], subjective: ['Một số đơn vị chưa quan tâm.'] },
  lessons: ['Một là, phải có sự lãnh đạo của cấp ủy.'],
  recommendations: ['Đề nghị Ban Dân vận Tỉnh ủy tiếp tục hướng dẫn.'],
  programme: { directive: 'Chỉ thị số 13-CT/TU', directiveDate: '2019-06-01', issuer: 'Ban Thường vụ Tỉnh ủy' },
};

const placeholderLines = (paragraphs: readonly string[]) => paragraphs.filter((p) => p.includes('Cơ quan soạn thảo viết phần này'));

describe('placeholders', () => {
  it('name the form’s field in plain Vietnamese, never a config key or JSON, and are listed in order', async () => {
    const r = await renderSmall('tong-ket', HEAD);
    const lines = placeholderLines(r.paragraphs);
    expect(r.placeholders.map((p) => p.field)).toEqual(['programme.directive', 'leadership', 'strengthCauses', 'causes', 'lessons', 'directiveProposal', 'recommendations']);
    expect(lines).toHaveLength(r.placeholders.length);
    expect(lines[3]).toBe('(Cơ quan soạn thảo viết phần này: nguyên nhân khách quan và nguyên nhân chủ quan của các hạn chế nêu trên — ô "Nguyên nhân hạn chế" trong thông tin báo cáo.)');
    for (const line of lines) {
      expect(line).not.toMatch(/[{}[\]]|objective|subjective|lessons|strengthCauses|recommendations|leadership|programme\.|tệp cấu hình/);
    }
    expect(r.placeholders.every((p) => p.label === FORM_FIELDS[p.field].vi)).toBe(true);
    // The page's own labels, where the form has the field.
    expect(FORM_FIELDS.leadership.vi).toBe('Lãnh đạo, chỉ đạo');
    expect(FORM_FIELDS.causes.vi).toBe('Nguyên nhân hạn chế');
  });

  it('none remain when the office has written every field', async () => {
    for (const kind of ['nam', 'so-ket', 'tong-ket'] as const) {
      const r = await renderSmall(kind, WRITTEN);
      expect(r.placeholders, kind).toEqual([]);
      // Nothing at all addressed to the office: no bracketed instruction is left unlisted.
      expect(r.paragraphs.filter((p) => /soạn thảo|bổ sung .*nếu có/.test(p)), kind).toEqual([]);
      expect(r.paragraphs, kind).toContain('Số liệu tổng hợp không cho thấy hạn chế về mức độ bao phủ, tính thường xuyên hay cơ cấu hoạt động kết nghĩa.');
    }
  }, 30_000);

  it('asks for the other half when causes are split and only one is given', async () => {
    const r = await renderSmall('so-ket', { ...WRITTEN, causes: { objective: ['Địa bàn rộng.'] } });
    expect(r.placeholders).toEqual([{ field: 'causes.subjective', label: 'Nguyên nhân chủ quan' }]);
    expect(r.paragraphs).toContain('- Nguyên nhân khách quan: Địa bàn rộng.');
    expect(r.paragraphs.find((p) => p.startsWith('- Nguyên nhân chủ quan:'))).toContain('ô "Nguyên nhân chủ quan"');
  });

  it('are in the command’s result, listed on stderr, and --strict exits 1 without writing while any remains', async () => {
    const dir = tempDir();
    const rows = [[...HEADERS.activities], [1, '15/03/2023', 'Sở Tư pháp', 'Ia Mơ', 'Plei A', 'Hỗ trợ hộ nghèo, sinh kế', 'Bò giống', 5_000_000, 0, 'Khác']];
    const file = await writeWorkbook(join(dir, 'hd.xlsx'), [{ name: 'Hoạt động', rows }]);
    const config = ConfigSchema.parse(HEAD);
    const io = capture(dir);
    const result = await report({ inputs: [file], kind: 'nam', config, lang: 'vi', output: 'a.docx' }, io);
    expect(result.exitCode).toBe(0);
    expect(result.placeholders).toEqual([
      { field: 'leadership', label: 'Lãnh đạo, chỉ đạo' },
      { field: 'causes', label: 'Nguyên nhân hạn chế' },
    ]);
    const strict = capture(dir);
    expect(await main(['report', file, '--year', '2023', '-o', 'b.docx', '--strict', '--config', await configFile(dir, HEAD)], strict)).toBe(1);
    expect(existsSync(join(dir, 'b.docx'))).toBe(false);
    expect(strict.stderr).toContain('Lỗi: Báo cáo còn chỗ để trống cần viết: ô "Lãnh đạo, chỉ đạo" (khóa "leadership" trong tệp cấu hình).');
    expect(strict.stderr).toContain('Lỗi: Báo cáo còn chỗ để trống cần viết: ô "Nguyên nhân hạn chế" (khóa "causes" trong tệp cấu hình).');
    expect(strict.stderr).toContain('Chưa ghi báo cáo (--strict)');
    // With a header item missing too, both are listed before the stop.
    const both = capture(dir);
    expect(await main(['report', file, '--year', '2023', '-o', 'd.docx', '--strict', '--config', await configFile(dir, { ...HEAD, documentNumber: '' })], both)).toBe(1);
    expect(both.stderr).toContain('chưa có số, ký hiệu văn bản');
    expect(both.stderr).toContain('ô "Lãnh đạo, chỉ đạo"');
    const done = capture(dir);
    expect(await main(['report', file, '--year', '2023', '-o', 'c.docx', '--strict', '--config', await configFile(dir, WRITTEN)], done), done.stderr).toBe(0);
    expect(existsSync(join(dir, 'c.docx'))).toBe(true);
  });
});

async function configFile(dir: string, config: unknown): Promise<string> {
  const { writeFileSync } = await import('node:fs');
  const name = `c-${Math.random().toString(36).slice(2)}.json`;
  writeFileSync(join(dir, name), JSON.stringify(config));
  return name;
}

describe('the tổng kết’s framing', () => {
  it('heads the results with the data’s years when the directive is older than the data', async () => {
    const r = await renderSmall('tong-ket', { ...WRITTEN, programme: { ...WRITTEN.programme, directiveDate: '2004-05-10' } });
    expect(r.paragraphs).toContain('II. KẾT QUẢ THỰC HIỆN (SỐ LIỆU 2021–2023)');
    expect(r.paragraphs.join('\n')).not.toMatch(/SAU \d+ NĂM/);
    // Data from the directive's year on: "sau N năm" is then true.
    const full = await renderSmall('tong-ket', { ...WRITTEN, programme: { ...WRITTEN.programme, directiveDate: '2021-02-01' } });
    expect(full.paragraphs).toContain('II. KẾT QUẢ SAU 03 NĂM THỰC HIỆN');
  });

  it('proposes to continue the directive by default, to amend an old one while weaknesses remain, or what the config says', async () => {
    const proposal = (r: { paragraphs: readonly string[] }) => r.paragraphs.find((p) => /^- Đề nghị Ban Thường vụ Tỉnh ủy (chỉ đạo tiếp tục|xem xét)/.test(p))?.slice(2);
    const young = await renderSmall('tong-ket', WRITTEN);
    expect(proposal(young)).toBe('Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo tiếp tục thực hiện Chỉ thị số 13-CT/TU trong thời gian tới.');
    expect(young.context.directiveProposal).toEqual({ decision: 'tiep-tuc', text: null, fromConfig: false });
    // Twenty years old, and a village still without a partner: amend, naming why.
    const uncovered = dataset([...SMALL.villages, ...[2021, 2022, 2023].map((y) => village('Ia Mơ', 'Plei C', y, 50, 10))], [...SMALL.pairings], [...SMALL.activities]);
    const oldConfig = { ...WRITTEN, programme: { ...WRITTEN.programme, directiveDate: '2004-05-10' } };
    const old = await renderSmall('tong-ket', oldConfig, uncovered);
    expect(old.context.has.weaknesses).toBe(true);
    expect(proposal(old)).toBe(
      'Đề nghị Ban Thường vụ Tỉnh ủy xem xét sửa đổi, bổ sung Chỉ thị số 13-CT/TU (ban hành năm 2004, đã thực hiện 20 năm) cho phù hợp với tình hình mới, trong đó quy định rõ việc phân công cơ quan, đơn vị kết nghĩa với các thôn, làng chưa có đơn vị kết nghĩa.',
    );
    // As old, without a weakness in the data: continued.
    expect(proposal(await renderSmall('tong-ket', oldConfig))).toMatch(/chỉ đạo tiếp tục thực hiện/);
    // A young directive with a weakness: continued, with the weaknesses to mend.
    expect(proposal(await renderSmall('tong-ket', WRITTEN, uncovered))).toBe('Đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo tiếp tục thực hiện Chỉ thị số 13-CT/TU trong thời gian tới, gắn với khắc phục các hạn chế nêu tại báo cáo này.');
    const replace = await renderSmall('tong-ket', { ...WRITTEN, directiveProposal: 'thay-the' });
    expect(proposal(replace)).toBe('Đề nghị Ban Thường vụ Tỉnh ủy xem xét ban hành văn bản mới thay thế Chỉ thị số 13-CT/TU, phù hợp với yêu cầu, nhiệm vụ trong tình hình mới.');
    const own = await renderSmall('tong-ket', { ...WRITTEN, directiveProposal: 'Đề nghị hợp nhất Chỉ thị với Đề án 01.' });
    expect(own.paragraphs).toContain('- Đề nghị hợp nhất Chỉ thị với Đề án 01.');
    // Without a directive there is nothing to propose on: the office is asked for the directive.
    const none = await renderSmall('tong-ket', { ...WRITTEN, programme: {} });
    expect(none.placeholders.map((p) => p.field)).toEqual(['programme.directive', 'directiveProposal']);
  }, 30_000);
});
