// npm run bench: ketnghia against the floor of its reader, in one run, alternating.
//
//   raw       exceljs's streaming reader alone over the same files (bench/raw-read.mjs)
//   validate  ketnghia validate            target ≤ 1.3 × raw, peak memory ≤ 400 MB
//   stats     ketnghia stats --json        target ≤ 1.1 × validate
//   report    ketnghia report --kind nam   target ≤ stats + 5 s
//   help      ketnghia --help              target ≤ 2 × node -e 0
//   small     ketnghia validate <one small workbook> (the Ayun Pa master, 232 rows, no config)
//                                          target ≤ 4 × node -e 0: what every clerk's run pays
//   400k      validate on twice the rows   peak memory grows sub-linearly (< 2 × at 200k)
//
// Options: --rows N (default 200000), --runs N (default 5), --quick (runs 3, no 400k),
// --startup (only the start-up measures: --help and the small workbook; no large files).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFiles } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const quick = args.includes('--quick');
const startupOnly = args.includes('--startup');
const rows = option('--rows', 200_000);
const runs = option('--runs', quick ? 3 : 5);
const work = mkdtempSync(join(tmpdir(), 'ketnghia-bench-'));
const usageFile = join(work, 'usage.json');
const cli = join(root, 'bin', 'ketnghia.js');

function measure(argv) {
  rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', join(root, 'bench', 'usage.cjs'), ...argv], {
    cwd: work,
    env: { ...process.env, BENCH_USAGE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 2000)}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { seconds, rssMB: usage.maxRssKB / 1024, cpu: (usage.userMs + usage.systemMs) / 1000 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const small = join(work, 'danh-muc.xlsx');
copyFileSync(join(root, 'samples', 'ayunpa-danh-muc.xlsx'), small);
const { master, activities } = startupOnly ? {} : await benchFiles(rows);
const files = [master, activities];
const commands = {
  raw: [join(root, 'bench', 'raw-read.mjs'), ...files],
  validate: [cli, 'validate', ...files],
  stats: [cli, 'stats', ...files, '--json'],
  report: [cli, 'report', ...files, '--kind', 'nam', '--year', '2024', '-o', join(work, 'bao-cao.docx'), '--force'],
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
if (!startupOnly) {
  process.stderr.write(`${rows.toLocaleString('en')} activity rows, ${runs} rounds…\n`);
  measure(commands.raw); // warm the file cache
  for (let round = 0; round < runs; round++) {
    for (const [name, argv] of Object.entries(commands)) samples[name].push(measure(argv));
    process.stderr.write(`  round ${round + 1}/${runs}\n`);
  }
}
const startup = { node: [], help: [], small: [] };
for (let i = 0; i < 15; i++) {
  startup.node.push(measure(['-e', '0']).seconds);
  startup.help.push(measure([cli, '--help']).seconds);
  startup.small.push(measure([cli, 'validate', small]).seconds);
}

const m = (name, key = 'seconds') => median(samples[name].map((s) => s[key]));
const peak = (name) => Math.max(...samples[name].map((s) => s.rssMB));
const results = [];
const row = (what, value, target, ok) => results.push({ what, value, target, ok });
const raw = m('raw');
const validate = m('validate');
const stats = m('stats');
const report = m('report');
if (!startupOnly) {
row('raw exceljs read', `${raw.toFixed(2)} s (${m('raw', 'cpu').toFixed(1)} s CPU, ${peak('raw').toFixed(0)} MB)`, 'floor', true);
row('validate', `${validate.toFixed(2)} s = ${(validate / raw).toFixed(2)} × raw`, '≤ 1.30 × raw', validate / raw <= 1.3);
row('validate peak memory', `${peak('validate').toFixed(0)} MB`, '≤ 400 MB', peak('validate') <= 400);
row('stats', `${stats.toFixed(2)} s = ${(stats / validate).toFixed(2)} × validate`, '≤ 1.10 × validate', stats / validate <= 1.1);
row('report', `${report.toFixed(2)} s = stats + ${(report - stats).toFixed(2)} s`, '≤ stats + 5 s', report - stats <= 5);
}
const help = median(startup.help);
const bare = median(startup.node);
row('--help', `${(help * 1000).toFixed(0)} ms = ${(help / bare).toFixed(2)} × node -e 0 (${(bare * 1000).toFixed(0)} ms)`, '≤ 2 × node -e 0', help / bare <= 2);
const smallRun = median(startup.small);
row('validate, one small workbook', `${(smallRun * 1000).toFixed(0)} ms = ${(smallRun / bare).toFixed(2)} × node -e 0`, '≤ 4 × node -e 0', smallRun / bare <= 4);

if (!quick && !startupOnly) {
  const double = await benchFiles(rows * 2);
  const big = [];
  for (let i = 0; i < 2; i++) big.push(measure([cli, 'validate', double.master, double.activities]));
  const bigPeak = Math.max(...big.map((s) => s.rssMB));
  const ratio = bigPeak / peak('validate');
  row(`validate at ${(rows * 2).toLocaleString('en')} rows`, `${median(big.map((s) => s.seconds)).toFixed(2)} s, ${bigPeak.toFixed(0)} MB = ${ratio.toFixed(2)} × the peak at ${rows.toLocaleString('en')}`, 'memory < 2 × (sub-linear)', ratio < 2);
}

const width = Math.max(...results.map((r) => r.what.length));
const valueWidth = Math.max(...results.map((r) => r.value.length));
console.log(`\nketnghia benchmark — ${rows.toLocaleString('en')} rows, median of ${runs}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}\n`);
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.what.padEnd(width)}  ${r.value.padEnd(valueWidth)}  ${r.target}`);
rmSync(work, { recursive: true, force: true });
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
