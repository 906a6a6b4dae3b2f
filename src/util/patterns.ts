/**
 * File patterns as a clerk types them on Windows ("D:\Báo cáo\*.xlsx"): which inputs are
 * patterns, and the folder part of one. Backslashes are separators here on every system.
 */

/** Holds a wildcard; only read as a pattern when no file of that name exists (a name may hold "[1]"). */
export function isPattern(input: string): boolean {
  return /[*?[\]{}]/.test(input);
}

/**
 * "D:\Báo cáo\*.xlsx" → base "D:/Báo cáo", glob "*.xlsx": the leading segments without
 * pattern characters are the folder to search.
 */
export function splitPattern(pattern: string): { base: string; glob: string } {
  const parts = pattern.replaceAll('\\', '/').split('/');
  const first = parts.findIndex((part) => isPattern(part));
  if (first < 0) return { base: parts.slice(0, -1).join('/') || '.', glob: parts[parts.length - 1] ?? '' };
  const baseParts = parts.slice(0, first);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') === '' ? '/' : baseParts.join('/');
  return { base, glob: parts.slice(first).join('/') };
}
