/**
 * A streaming tokenizer for the XML of an .xlsx package: elements, attributes and text, fed
 * chunk by chunk. The parts of a workbook are machine-written XML with no DTD, so this does
 * what they need and checks what a damaged file breaks (unbalanced or unclosed tags, bad
 * entities, a DTD), and no more.
 *
 * Why not a general parser: saxes (what exceljs uses) walks the text one character at a time
 * in JavaScript, which is most of the cost of reading a small workbook at a cold start
 * (issue 11: every clerk's run pays it). Here each tag is one native regular-expression match
 * and text is sliced, not built up.
 *
 * Names are local: `x:row` and `row` are the same element (some writers prefix the
 * SpreadsheetML namespace); namespace declarations are not reported as attributes.
 */

export type Attributes = Readonly<Record<string, string>>;

/** A part's bytes as they come: streamed chunks, or the whole part at once. */
export type PartBytes = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

export interface XmlHandler {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, entities decoded; whitespace between elements included. */
  text?(text: string): void;
}

/** A part that is not well-formed XML; the reader reports the file as unreadable. */
export class XmlError extends Error {}

const OPEN_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([^\s>]+)\s*>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const EMPTY: Attributes = Object.freeze({});
/** A tag or comment longer than this without an end is a damaged part, not a slow one. */
const MAX_PENDING = 1024 * 1024;

class XmlTokenizer {
  private buffer = '';
  private readonly stack: string[] = [];
  private seenRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    this.consume(false);
    if (this.buffer.length > MAX_PENDING) throw new XmlError('unterminated markup');
  }

  /** The end of the part: anything left open is an error (a part cut short is not a shorter sheet). */
  end(): void {
    this.consume(true);
    if (this.buffer.trim() !== '') throw new XmlError('unterminated markup');
    if (this.stack.length > 0) throw new XmlError(`unclosed tag: ${this.stack[this.stack.length - 1]}`);
    if (!this.seenRoot) throw new XmlError('no root element');
  }

  private consume(final: boolean): void {
    const buffer = this.buffer;
    let at = 0;
    while (at < buffer.length) {
      const lt = buffer.indexOf('<', at);
      if (lt < 0) {
        // Text is handed on as it comes, except a cut entity ("&am") at its end.
        const amp = final ? -1 : buffer.lastIndexOf('&');
        const end = amp >= at && buffer.indexOf(';', amp) < 0 ? amp : buffer.length;
        if (end > at) this.emitText(buffer.slice(at, end));
        at = end;
        break;
      }
      if (lt > at) this.emitText(buffer.slice(at, lt));
      at = lt;
      const next = buffer.charCodeAt(lt + 1);
      if (next === 0x2f /* / */) {
        CLOSE_TAG.lastIndex = lt;
        const match = CLOSE_TAG.exec(buffer);
        if (!match) {
          if (!final && buffer.indexOf('>', lt) < 0) break;
          throw new XmlError('malformed closing tag');
        }
        const open = this.stack.pop();
        if (open !== match[1]) throw new XmlError(`mismatched tag: ${open ?? '(none)'} closed by ${match[1]}`);
        this.handler.close(localName(match[1]!));
        at = CLOSE_TAG.lastIndex;
      } else if (next === 0x3f /* ? */ || next === 0x21 /* ! */) {
        const end = this.special(buffer, lt, final);
        if (end < 0) break;
        at = end;
      } else if (Number.isNaN(next)) {
        if (final) throw new XmlError('unterminated tag');
        break;
      } else {
        OPEN_TAG.lastIndex = lt;
        const match = OPEN_TAG.exec(buffer);
        if (!match) {
          if (!final && unquotedEnd(buffer, lt) < 0) break;
          throw new XmlError('malformed tag');
        }
        const name = match[1]!;
        const selfClosing = match[3] === '/';
        if (this.stack.length === 0 && this.seenRoot) throw new XmlError('a second root element');
        this.seenRoot = true;
        if (!selfClosing) this.stack.push(name);
        const local = localName(name);
        this.handler.open(local, match[2] ? attributesOf(match[2]) : EMPTY, selfClosing);
        if (selfClosing) this.handler.close(local);
        at = OPEN_TAG.lastIndex;
      }
    }
    this.buffer = at === 0 ? buffer : buffer.slice(at);
  }

  /** `<?…?>`, `<!--…-->` or `<![CDATA[…]]>`: the index after it, or -1 when it is not complete yet. */
  private special(buffer: string, lt: number, final: boolean): number {
    const starts = (prefix: string) => buffer.startsWith(prefix, lt);
    const upTo = (terminator: string) => {
      const end = buffer.indexOf(terminator, lt + 2);
      if (end < 0 && final) throw new XmlError('unterminated markup');
      return end < 0 ? -1 : end + terminator.length;
    };
    if (buffer.length - lt < 9 && !final && '<![CDATA['.startsWith(buffer.slice(lt))) return -1;
    if (starts('<?')) return upTo('?>');
    if (starts('<!--')) return upTo('-->');
    if (starts('<![CDATA[')) {
      const end = upTo(']]>');
      if (end >= 0) {
        if (this.stack.length === 0) throw new XmlError('text outside the root element');
        this.handler.text?.(buffer.slice(lt + 9, end - 3));
      }
      return end;
    }
    if (!final && buffer.length - lt < 4) return -1;
    // A DTD could declare entities that expand without bound: no workbook part has one.
    throw new XmlError('markup declarations are not allowed');
  }

  private emitText(text: string): void {
    if (this.stack.length === 0) {
      if (text.trim() !== '' && text !== '\uFEFF') throw new XmlError('text outside the root element');
      return;
    }
    this.handler.text?.(decodeEntities(text));
  }
}

/** Where the tag starting at `lt` ends (its `>` outside quotes), or -1 when the buffer ends first. */
function unquotedEnd(buffer: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < buffer.length; i++) {
    const c = buffer.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function attributesOf(source: string): Attributes {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    const name = match[1]!;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const value = match[2] ?? match[3] ?? '';
    attributes[localName(name)] = value.includes('&') ? decodeEntities(value) : value;
  }
  return attributes;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, decimal: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named]!;
    const code = hex ? parseInt(hex, 16) : decimal ? Number(decimal) : NaN;
    if (!Number.isInteger(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError(`bad entity: ${whole}`);
    return String.fromCodePoint(code);
  });
}

/** Feeds a part's bytes to `handler`, decoding UTF-8 across chunk boundaries. */
export async function parseXml(stream: PartBytes, handler: XmlHandler): Promise<void> {
  const tokenizer = new XmlTokenizer(handler);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) tokenizer.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  const rest = decoder.decode();
  if (rest) tokenizer.write(rest);
  tokenizer.end();
}
