/**
 * What is wrong with a config file (config/load.ts): not found, not JSON (where), and each of
 * zod's issues as one sentence that names the key — zod's own text never reaches a user.
 */
import type { Messages, Text } from './render.js';

export const CONFIG = {
  notFound: { vi: 'Không tìm thấy tệp cấu hình {path}.', en: 'Config file {path} not found.' },
  endsEarly: {
    vi: '{name} không đúng cú pháp JSON: tệp kết thúc giữa chừng (thiếu dấu "}", "]" hoặc dấu ngoặc kép đóng).',
    en: '{name} is not valid JSON: the file ends too early (a missing "}", "]" or closing quote).',
  },
  /** `{detail}`: V8's own words, in English only (": Unexpected token…"). */
  notJson: { vi: '{name} không đúng cú pháp JSON{detail}.', en: '{name} is not valid JSON{detail}' },
  notJsonAt: {
    vi: '{name} không đúng cú pháp JSON ở dòng {line}, cột {column} (ký tự "{char}"): thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc kép hay dấu ngoặc.',
    en: '{name} is not valid JSON at line {line}, column {column} (character "{char}"): usually a missing or extra comma, quote or bracket.',
  },
  problems: { vi: 'Tệp cấu hình {name} có lỗi:', en: 'The config file {name} has problems:' },
  root: { vi: '(gốc)', en: '(root)' },
} as const satisfies Messages;

/** One per zod issue code; `invalid` for any other. */
export const CONFIG_ISSUES = {
  unrecognized_keys: { vi: 'khóa không hợp lệ: {keys}', en: 'unknown key: {keys}' },
  invalid_type: { vi: '"{key}" phải là {type}', en: '"{key}" must be {type}' },
  invalid_value: { vi: '"{key}" phải là một trong: {values}', en: '"{key}" must be one of: {values}' },
  too_small: { vi: '"{key}" phải ≥ {limit}', en: '"{key}" must be ≥ {limit}' },
  too_big: { vi: '"{key}" phải ≤ {limit}', en: '"{key}" must be ≤ {limit}' },
  invalid_format: { vi: '"{key}" sai định dạng (cần dạng YYYY-MM-DD hoặc năm YYYY)', en: '"{key}" has the wrong format (expected YYYY-MM-DD or a year YYYY)' },
  invalid_union: { vi: '"{key}" phải là một số (%) hoặc bảng theo năm { "2020": 5.1 }', en: '"{key}" must be a number (%) or a table by year { "2020": 5.1 }' },
  invalid: { vi: '"{key}" không hợp lệ', en: '"{key}" is invalid' },
} as const satisfies Messages;

/** JSON's types as the sentences name them. */
export const CONFIG_TYPES: Readonly<Record<string, Text>> = {
  string: { vi: 'chuỗi chữ', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true/false', en: 'true/false' },
  array: { vi: 'danh sách [ … ]', en: 'a list [ … ]' },
  object: { vi: 'đối tượng { … }', en: 'an object { … }' },
};
