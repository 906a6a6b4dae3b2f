// Tests build workbooks with exceljs directly; the reader's UTF-8 fix must be in place
// before exceljs is first loaded, as it is in the CLI (src/workbook/exceljs.ts).
import { patchParseSax } from '../src/workbook/exceljs.js';

patchParseSax();
