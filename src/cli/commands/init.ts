/** `ketnghia init [dir]`: a blank submission workbook and a commented starter config. */
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../../config/load.js';
import { loadWorkbooks } from '../../dataset/load.js';
import { UsageError } from '../../errors.js';
import { messageOf, type Finding } from '../../findings/finding.js';
import { starterConfig } from '../../init/config-file.js';
import { masterNames, type MasterNames } from '../../init/lists.js';
import { schemaReference } from '../../init/schema-ref.js';
import { buildTemplate, TEMPLATE_FILE } from '../../init/template.js';
import { localToday } from '../../values/calendar.js';
import { refuseInput, writeAtomic } from '../../util/write.js';
import type { Io } from '../io.js';

export interface InitOptions {
  /** Folder to write into; default the working folder. */
  dir?: string;
  /** A master workbook whose communes, villages and units fill the dropdowns. */
  from?: string;
  /** Overwrite files that already exist. */
  force?: boolean;
  lang: 'vi' | 'en';
  /** Today as YYYY-MM-DD, for reading the master (later dates are errors there). */
  today?: string;
}

export interface MasterSummary {
  readonly file: string;
  /** Errors found in the master: its rows with errors give no names. */
  readonly errors: number;
  readonly communes: number;
  readonly villages: number;
  readonly units: number;
}

export interface InitResult {
  /** 1 when nothing was written (every file existed, or the master was unusable). */
  exitCode: 0 | 1;
  /** Paths as the user would write them (under `dir` as given). */
  written: string[];
  /** Existing files left alone for want of --force. */
  skipped: string[];
  master?: MasterSummary;
  /** Why the master could not be used (file-level findings). */
  problems?: readonly Finding[];
}

export async function init(options: InitOptions, io: Io): Promise<InitResult> {
  const vi = options.lang === 'vi';
  const dir = resolve(io.cwd, options.dir ?? '.');
  const shown = (name: string) => (options.dir === undefined ? name : join(options.dir, name));
  const templatePath = join(dir, TEMPLATE_FILE);

  let master: MasterNames | undefined;
  let summary: MasterSummary | undefined;
  if (options.from !== undefined) {
    const from = resolve(io.cwd, options.from);
    if (!(await isFile(from))) throw new UsageError(vi ? `Không tìm thấy tệp tổng hợp ${options.from}.` : `Master file ${options.from} not found.`);
    if (options.force) {
      refuseInput(templatePath, [from], vi ? `Mẫu ${shown(TEMPLATE_FILE)} sẽ ghi đè lên chính tệp --from; hãy chọn thư mục khác.` : `The template ${shown(TEMPLATE_FILE)} would overwrite the --from file; choose another folder.`);
    }
    const load = await loadWorkbooks({ files: [from], today: options.today ?? localToday() });
    master = masterNames(load.dataset);
    summary = { file: options.from, errors: load.errors, communes: master.communes.length, villages: master.villages.length, units: master.units.length };
    if (master.communes.length + master.villages.length + master.units.length === 0) {
      // A master that yields no names is the wrong file or an unreadable one: better to say so than write empty lists.
      const problems = load.findings.filter((f) => f.row === undefined && f.severity === 'error');
      return { exitCode: 1, written: [], skipped: [], master: summary, problems };
    }
  }

  const written: string[] = [];
  const skipped: string[] = [];
  const targets: Array<[string, (path: string) => Promise<void>]> = [
    [TEMPLATE_FILE, async (path) => {
      const workbook = await buildTemplate({ lang: options.lang, ...(master ? { master } : {}) });
      await writeAtomic(path, async (tmp) => {
        await workbook.xlsx.writeFile(tmp);
      });
    }],
    [CONFIG_FILE, async (path) => {
      await writeAtomic(path, starterConfig(schemaReference(dir)));
    }],
  ];
  for (const [name, write] of targets) {
    const path = join(dir, name);
    if (!options.force && (await exists(path))) {
      skipped.push(shown(name));
      continue;
    }
    await write(path);
    written.push(shown(name));
  }
  return { exitCode: written.length > 0 ? 0 : 1, written, skipped, ...(summary ? { master: summary } : {}) };
}

export function printInit(result: InitResult, options: InitOptions, io: Io): void {
  const vi = options.lang === 'vi';
  for (const problem of result.problems ?? []) io.err(`${problem.file}: ${messageOf(problem, options.lang)}\n`);
  const m = result.master;
  if (m && result.written.length + result.skipped.length === 0) {
    io.err(vi
      ? `Không lấy được tên xã, thôn hay đơn vị nào từ ${m.file} nên chưa tạo mẫu. Hãy kiểm tra tệp bằng: ketnghia validate ${m.file}\n`
      : `No commune, village or unit names could be taken from ${m.file}, so no template was written. Check it with: ketnghia validate ${m.file}\n`);
    return;
  }
  if (m && m.errors > 0) {
    io.err(vi
      ? `Lưu ý: ${m.file} có ${m.errors} lỗi; các dòng lỗi không được đưa vào danh sách chọn (xem: ketnghia validate ${m.file}).\n`
      : `Note: ${m.file} has ${m.errors} errors; rows with errors are left out of the lists (see: ketnghia validate ${m.file}).\n`);
  }
  for (const path of result.written) {
    if (basename(path) === TEMPLATE_FILE) {
      io.out((vi ? `Đã tạo mẫu sổ tính: ${path}` : `Template written: ${path}`) + '\n');
      io.out((vi
        ? '  Trang Hướng dẫn và 4 trang nhập liệu: Thôn làng, Đơn vị, Kết nghĩa, Hoạt động (có danh sách chọn và kiểm tra khi nhập).'
        : '  A Hướng dẫn (guide) sheet and 4 data sheets: Thôn làng, Đơn vị, Kết nghĩa, Hoạt động (with dropdowns and input checks).') + '\n');
      if (m) {
        io.out((vi
          ? `  Danh sách chọn lấy từ ${m.file}: ${m.communes} xã, ${m.villages} thôn, làng, ${m.units} đơn vị.`
          : `  Dropdowns from ${m.file}: ${m.communes} communes, ${m.villages} villages, ${m.units} units.`) + '\n');
      }
    } else {
      io.out((vi ? `Đã tạo tệp cấu hình: ${path} (sửa các dòng cần thiết trước khi chạy ketnghia report)` : `Config written: ${path} (edit it before running ketnghia report)`) + '\n');
    }
  }
  for (const path of result.skipped) {
    io.err((vi ? `Bỏ qua ${path}: tệp đã có, không ghi đè (dùng --force để ghi đè).` : `Skipped ${path}: the file exists and was not overwritten (use --force to overwrite).`) + '\n');
  }
  if (result.written.length === 0) {
    io.err((vi ? 'Không ghi tệp nào.' : 'Nothing was written.') + '\n');
    return;
  }
  io.out((vi
    ? 'Tiếp theo: gửi mẫu cho các đơn vị điền; kiểm tra tệp nộp về bằng lệnh: ketnghia validate <tệp hoặc thư mục>'
    : 'Next: send the template to the units; check what comes back with: ketnghia validate <files or folder>') + '\n');
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}
