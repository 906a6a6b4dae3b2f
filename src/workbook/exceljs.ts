/**
 * The one place exceljs is loaded, lazily and only by the commands that write a workbook
 * (init, fix, --annotate, stats --xlsx), with a fix applied.
 *
 * WORKAROUND: exceljs 4.4's `lib/utils/parse-sax.js` decodes every stream chunk on its
 * own, so a multi-byte UTF-8 character split across two chunks becomes "��" — in
 * Vietnamese text that is any letter with a diacritic (exceljs issues #2084, #2316; fixes
 * #1665, #1821, #2894 unmerged). We put a corrected parse-sax into Node's module cache
 * before exceljs first requires it: same events, but one TextDecoder per stream carries
 * a split character over to the next chunk.
 */
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';

const require = createRequire(import.meta.url);
let loaded: typeof ExcelJSType | undefined;

type SaxEvent = { eventType: string; value: unknown };

/** Installs the fixed parse-sax; must run before anything loads exceljs (tests call it in their setup file). */
export function patchParseSax(): void {
  const path = require.resolve('exceljs/lib/utils/parse-sax.js');
  if (require.cache[path]?.loaded) return;
  // saxes is exceljs's own dependency: resolve it from there.
  const fromExcel = createRequire(require.resolve('exceljs'));
  const { SaxesParser } = fromExcel('saxes') as { SaxesParser: new () => SaxesParserLike };
  async function* parseSax(iterable: AsyncIterable<Buffer | string> & { pipe?: unknown }): AsyncGenerator<SaxEvent[]> {
    const parser = new SaxesParser();
    const decoder = new TextDecoder('utf-8');
    let error: unknown;
    let events: SaxEvent[] = [];
    parser.on('error', (err: unknown) => {
      error = err;
    });
    parser.on('opentag', (value: unknown) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value: unknown) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value: unknown) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.decode();
    if (rest) parser.write(rest);
    // Unlike exceljs's own version, close the parser: a part cut short ("unclosed tag") is
    // an error, not a shorter sheet.
    parser.close();
    if (error) throw error;
    if (events.length > 0) yield events;
  }
  const module = { id: path, filename: path, loaded: true, exports: parseSax, children: [], paths: [] };
  require.cache[path] = module as unknown as NodeJS.Module;
}

interface SaxesParserLike {
  on(event: string, handler: (value: unknown) => void): void;
  write(text: string): void;
  close(): void;
}

export async function loadExcelJS(): Promise<typeof ExcelJSType> {
  if (!loaded) {
    patchParseSax();
    loaded = (await import('exceljs')).default;
  }
  return loaded;
}
