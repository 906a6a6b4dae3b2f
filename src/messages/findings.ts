/**
 * The words around findings that are not a finding's own message (those are the catalogue's,
 * src/findings/catalogue.ts): the suggestion as a sentence.
 */
import type { Messages } from './render.js';

export const SUGGESTION = {
  legacyEncoding: { vi: 'lệnh "ketnghia fix" ghi lại bằng Unicode', en: '"ketnghia fix" rewrites it in Unicode' },
  column: { vi: 'có phải là cột "{suggestion}"?', en: 'did you mean the column "{suggestion}"?' },
  value: { vi: 'có phải là "{suggestion}"?', en: 'did you mean "{suggestion}"?' },
} as const satisfies Messages;
