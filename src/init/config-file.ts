/**
 * The commented starter `ketnghia.config.json`: every key of the config schema with its
 * default and its description as a `//` comment (the loader strips comments). Generated
 * from the JSON Schema, so a key added to the zod schema appears here without more code.
 * Keys without a default are written commented out, with an example value.
 */
import { configJsonSchema, type JsonSchemaNode } from './config-schema.js';

/** Example values for the optional keys that have no default (dotted key paths). */
const EXAMPLES: Readonly<Record<string, unknown>> = {
  date: '2025-12-15',
  'programme.directiveDate': '2013-01-10',
  provincialPovertyRate: 5.12,
  'signer.onBehalfOf': 'T/M BAN THƯỜNG VỤ',
  'signer.title': 'PHÓ BÍ THƯ',
  'thresholds.exemplaryUnits': 5,
  'commendation.max': 3,
  'commendation.minYears': 3,
  'commendation.proposeTo': 'Ban Thường vụ Tỉnh ủy',
  issuingBodyHeader: ['TỈNH ỦY ĐẮK NÔNG', 'BAN DÂN VẬN'],
  directiveProposal: 'tiep-tuc',
};

/** Comments for keys whose schema carries no description (the nested groups). */
const GROUP_COMMENTS: Readonly<Record<string, string>> = {
  signer: 'Người ký báo cáo',
  programme: 'Công tác được báo cáo và văn bản chỉ đạo',
  thresholds: 'Các ngưỡng dùng khi kiểm tra số liệu',
};

const HEADER = [
  '// Cấu hình của ketnghia (tệp JSON có chú thích: phần sau // bị bỏ qua).',
  '// Dùng cho lệnh "ketnghia report": thông tin in ở đầu và cuối báo cáo, các đoạn văn do',
  '// người dùng viết, và các ngưỡng kiểm tra số liệu. Mọi khóa đều có giá trị mặc định:',
  '// xóa một khóa thì chương trình dùng giá trị mặc định ghi ở đây.',
  '// Dòng bắt đầu bằng // "khóa": … là khóa tùy chọn: xóa // ở đầu dòng để dùng.',
];

interface Entry {
  readonly lines: readonly string[];
  /** False for a key written as a comment: it takes no comma. */
  readonly active: boolean;
}

export function starterConfig(schemaRef: string): string {
  const schema = configJsonSchema();
  const entries: Entry[] = [
    {
      active: true,
      lines: ['// Giúp trình soạn thảo (VS Code…) gợi ý và kiểm tra các khóa.', `"$schema": ${JSON.stringify(schemaRef)}`],
    },
  ];
  for (const [key, node] of Object.entries(schema.properties ?? {})) {
    if (key === '$schema') continue;
    entries.push(entryOf(key, key, node));
  }
  return [...HEADER, '{', ...joinEntries(entries, 1, true), '}', ''].join('\n');
}

function entryOf(key: string, path: string, node: JsonSchemaNode): Entry {
  const description = node.description ?? GROUP_COMMENTS[path];
  const comment = description ? [`// ${description}`] : [];
  const name = JSON.stringify(key);
  if (node.properties && node.default !== undefined) {
    const children = Object.entries(node.properties).map(([k, child]) => entryOf(k, `${path}.${k}`, child));
    return { active: true, lines: [...comment, `${name}: {`, ...joinEntries(children, 1, false), '}'] };
  }
  if (node.default !== undefined) {
    return { active: true, lines: [...comment, ...valueLines(`${name}: `, node.default)] };
  }
  const example = EXAMPLES[path];
  const shown = example === undefined ? '…' : JSON.stringify(example);
  return { active: false, lines: [...comment, `// ${name}: ${shown}`] };
}

/** `"key": value`, the value over several lines when it would not read well on one. */
function valueLines(prefix: string, value: unknown): string[] {
  const inline = inlineJson(value);
  if (inline.length + prefix.length <= 90) return [prefix + inline];
  const [first, ...rest] = JSON.stringify(value, null, 2).split('\n');
  return [prefix + first!, ...rest];
}

/** JSON on one line with a space after each comma, as people write it. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const parts = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * The entries of one object, indented one level, with commas only between active entries
 * (JSON allows no trailing comma). A commented key takes a comma when an active one follows,
 * so removing its `//` keeps the file valid.
 */
function joinEntries(entries: readonly Entry[], indent: number, spaced: boolean): string[] {
  const pad = '  '.repeat(indent);
  const out: string[] = [];
  entries.forEach((entry, index) => {
    const followed = entries.slice(index + 1).some((e) => e.active);
    const lines = entry.lines.map((line) => pad + line);
    if (followed) lines[lines.length - 1] += ',';
    if (spaced && index > 0) out.push('');
    out.push(...lines);
  });
  return out;
}
