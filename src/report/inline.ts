/**
 * Inline markup inside a line: **bold**, *italic*, __underline__; a backslash makes the
 * next character literal (\* \| \_). Anything else is text as written.
 */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

type Style = { bold: boolean; italic: boolean; underline: boolean };

export function parseInline(text: string): Run[] {
  const runs: Run[] = [];
  const style: Style = { bold: false, italic: false, underline: false };
  let buffer = '';
  const push = () => {
    if (buffer === '') return;
    runs.push({
      text: buffer,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.underline ? { underline: true } : {}),
    });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      buffer += text[++i];
      continue;
    }
    if (c === '*' && text[i + 1] === '*' && closes(text, i + 2, '**', style.bold)) {
      push();
      style.bold = !style.bold;
      i++;
      continue;
    }
    if (c === '_' && text[i + 1] === '_' && closes(text, i + 2, '__', style.underline)) {
      push();
      style.underline = !style.underline;
      i++;
      continue;
    }
    if (c === '*' && closes(text, i + 1, '*', style.italic)) {
      push();
      style.italic = !style.italic;
      continue;
    }
    buffer += c;
  }
  push();
  return runs;
}

/**
 * An opening marker counts only when a closing one follows, so a lone "*" (the
 * asterisk under the issuing body, "Số hộ*") stays text.
 */
function closes(text: string, from: number, marker: string, open: boolean): boolean {
  if (open) return true;
  for (let i = from; i < text.length; i++) {
    // An escaped character is text, whatever it is (an escaped backslash too).
    if (text[i] === '\\') i++;
    else if (i > from && text.startsWith(marker, i)) return true;
  }
  return false;
}

/** The text of `text` with its backslash escapes resolved and its markers kept: for plain-text places (a chart caption). */
export function unescapeInline(text: string): string {
  return text.replace(/\\(.)/gu, '$1');
}
