/**
 * The one place a message becomes text. Every user-facing sentence is a `Text` — its
 * Vietnamese and English templates — kept in a table of this folder; stages return codes
 * and parameters, and the edge renders them here in the language asked for.
 *
 * Placeholders: `{name}` is a parameter; `{name:s}` is an English plural "s", left out when
 * the parameter is 1. A parameter missing from the call stays as written, so a template's
 * mistake shows in the output instead of vanishing.
 */
export type Lang = 'vi' | 'en';

/** A message: the same sentence in both languages, with the same parameters. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** A parameter, either the same in both languages or given in each (a label, a phrase). */
export type Param = string | number | Text;

export type Params = Readonly<Record<string, Param>>;

/** The parameter names of a template literal: `'{n} tệp {path}'` → `'n' | 'path'`. */
type NamesOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${infer Base}:s` ? Base : Name extends `${string} ${string}` ? never : Name) | NamesOf<Rest>
  : never;

/** The names a message needs, from both of its templates. */
type ParamNames<M extends Text> = NamesOf<M['vi']> | NamesOf<M['en']>;

/**
 * What `render` takes after the message: nothing for a message without placeholders, the
 * object of its parameters for one with them, and any parameters for a message whose
 * templates are not known literally (a key chosen at run time).
 */
export type ParamArgs<M extends Text> = string extends M['vi'] | M['en']
  ? [params?: Params]
  : [ParamNames<M>] extends [never]
    ? []
    : [params: { readonly [K in ParamNames<M>]: Param }];

function paramText(param: Param, lang: Lang): string {
  return typeof param === 'object' ? param[lang] : String(param);
}

/** Fills a template; the one fill-in function behind `render` and the finding messages. */
export function fill(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)(:s)?\}/g, (whole, name: string, plural?: string) => {
    const param = params[name];
    if (param === undefined) return whole;
    const text = paramText(param, lang);
    if (plural) return text === '1' ? '' : 's';
    return text;
  });
}

/** A message in the language asked for, its parameters filled in. */
export function render<M extends Text>(lang: Lang, message: M, ...params: ParamArgs<M>): string {
  return fill(message[lang], params[0] ?? {}, lang);
}

/** A table of messages keyed by name; `as const satisfies Messages` keeps each template literal. */
export type Messages = Readonly<Record<string, Text>>;

/**
 * A message rendered in both languages at once: a parameter of a finding made by a stage that
 * words part of it (the finding's own template then picks the language when it is shown).
 */
export function inBoth<M extends Text>(message: M, ...params: ParamArgs<M>): Text {
  return { vi: fill(message.vi, params[0] ?? {}, 'vi'), en: fill(message.en, params[0] ?? {}, 'en') };
}
