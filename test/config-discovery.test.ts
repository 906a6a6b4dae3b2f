/**
 * SPEC §7: the config is `--config`, else `ketnghia.config.json` in the working folder,
 * else beside the input files; the console names the file used or says defaults were used.
 */
import { usageText } from '../src/words/usage.js';
import type { UsageError } from '../src/errors.js';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { findConfig, loadConfig } from '../src/config/load.js';
import { capture } from './helpers/io.js';
import { tempDir } from './helpers/workbook.js';

const SAMPLE = join(process.cwd(), 'samples', 'ayunpa-danh-muc.xlsx');
let root: string;

beforeAll(() => {
  root = tempDir('ketnghia-config-');
  for (const folder of ['lam-viec', 'du-lieu', 'du-lieu-khac', 'rieng']) mkdirSync(join(root, folder));
  copyFileSync(SAMPLE, join(root, 'du-lieu', 'danh-muc.xlsx'));
  copyFileSync(SAMPLE, join(root, 'du-lieu-khac', 'danh-muc.xlsx'));
  writeFileSync(join(root, 'du-lieu', 'ketnghia.config.json'), '{ "place": "Bên cạnh dữ liệu" }');
  writeFileSync(join(root, 'rieng', 'cau-hinh.json'), '{ "place": "Chỉ định" }');
});

describe('finding the config', () => {
  it('takes the working folder first, then the folder of the inputs, whatever form they take', async () => {
    const work = join(root, 'lam-viec');
    expect(await findConfig(work, ['../du-lieu/danh-muc.xlsx'])).toBe(join(root, 'du-lieu', 'ketnghia.config.json'));
    expect(await findConfig(work, ['../du-lieu'])).toBe(join(root, 'du-lieu', 'ketnghia.config.json'));
    expect(await findConfig(work, ['..\\du-lieu\\*.xlsx'])).toBe(join(root, 'du-lieu', 'ketnghia.config.json'));
    expect(await findConfig(work, ['../du-lieu-khac/danh-muc.xlsx', '../du-lieu/danh-muc.xlsx'])).toBe(join(root, 'du-lieu', 'ketnghia.config.json'));
    expect(await findConfig(work, ['../du-lieu-khac'])).toBeUndefined();
    // One in the working folder wins over one beside the data.
    expect(await findConfig(join(root, 'du-lieu'), ['../du-lieu-khac'])).toBe(join(root, 'du-lieu', 'ketnghia.config.json'));
  });

  it('reads --config over both, and says when --config names nothing', async () => {
    const loaded = await loadConfig('../rieng/cau-hinh.json', join(root, 'du-lieu'), ['danh-muc.xlsx']);
    expect(loaded.config.place).toBe('Chỉ định');
    // The refusal is coded; the face words it.
    await expect(loadConfig('khong-co.json', root, []).then(() => '', (error: unknown) => usageText(error as UsageError, 'vi'))).resolves.toBe('Không tìm thấy tệp cấu hình khong-co.json.');
    expect((await loadConfig(undefined, join(root, 'lam-viec'), ['../du-lieu'])).config.place).toBe('Bên cạnh dữ liệu');
    expect((await loadConfig(undefined, join(root, 'lam-viec'), ['../du-lieu-khac'])).path).toBeUndefined();
  });
});

describe('the console says which config', () => {
  const run = async (cwd: string, args: string[]) => {
    const io = capture(cwd);
    const code = await main(args, io);
    return { code, notes: io.stderr.split('\n').filter((line) => line.startsWith('Cấu hình') || line.startsWith('Config')) };
  };

  it('names the file found beside the data, in full when it lies outside the working folder', async () => {
    expect(await run(join(root, 'lam-viec'), ['stats', '../du-lieu', '--json'])).toEqual({ code: 0, notes: [`Cấu hình: ${join(root, 'du-lieu', 'ketnghia.config.json')}`] });
  });

  it('says the defaults are used when there is none', async () => {
    const { code, notes } = await run(join(root, 'lam-viec'), ['validate', '../du-lieu-khac']);
    expect(code).toBe(0);
    expect(notes).toEqual(['Cấu hình: mặc định (không thấy ketnghia.config.json ở thư mục hiện tại hay bên cạnh các tệp; tạo bằng ketnghia init)']);
    const en = await run(join(root, 'lam-viec'), ['validate', '../du-lieu-khac', '--lang', 'en']);
    expect(en.notes).toEqual(['Config: defaults (no ketnghia.config.json in the working folder or beside the files; ketnghia init writes one)']);
  });

  it('names the file given with --config', async () => {
    const { notes } = await run(join(root, 'lam-viec'), ['validate', '../du-lieu', '--config', '../rieng/cau-hinh.json']);
    expect(notes).toEqual([`Cấu hình: ${join(root, 'rieng', 'cau-hinh.json')}`]);
  });
});

describe('validate without a config file', () => {
  it('checks with the same thresholds as the schema defaults, without loading the schema', async () => {
    const { DEFAULT_CHECKS } = await import('../src/config/find.js');
    const { checksOf } = await import('../src/config/load.js');
    const { DEFAULT_CONFIG } = await import('../src/config/schema.js');
    expect(DEFAULT_CHECKS).toEqual(checksOf(DEFAULT_CONFIG));
  });
});
