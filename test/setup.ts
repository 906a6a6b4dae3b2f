// Tests build workbooks with exceljs directly; the reader's UTF-8 fix must be in place
// before exceljs is first loaded, as it is in the CLI (src/workbook/exceljs.ts).
import chalk from 'chalk';
import { patchParseSax } from '../src/workbook/exceljs.js';

patchParseSax();

// Output captured in-process is compared as plain text whatever the runner's environment
// says (FORCE_COLOR=1 would colour it); the colour test runs the CLI on a real terminal.
chalk.level = 0;
