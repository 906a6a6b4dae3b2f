/**
 * The JSON Schema of `ketnghia.config.json`, generated from the zod schema so editors can
 * complete and check the file. `scripts/make-config-schema.ts` writes it to `schema/`; a
 * test keeps the committed copy equal to what this returns.
 */
import { z } from 'zod';
import { ConfigSchema } from '../config/schema.js';

export const CONFIG_SCHEMA_PATH = 'schema/ketnghia.config.schema.json';

export interface JsonSchemaNode {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly default?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly [key: string]: unknown;
}

/** The input-side schema: keys with defaults are optional, as a user writes the file. */
export function configJsonSchema(): JsonSchemaNode {
  const generated = z.toJSONSchema(ConfigSchema, { io: 'input' }) as JsonSchemaNode;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'ketnghia.config.json',
    description: 'Cấu hình của ketnghia: thông tin in trên báo cáo và các ngưỡng kiểm tra. Mọi khóa đều có giá trị mặc định.',
    ...rest,
  };
}

/** The file's exact text: two-space JSON and a final newline. */
export function configSchemaText(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}
