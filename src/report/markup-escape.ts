/**
 * Data cannot change the document's structure: every value a template inserts with `{{ }}`
 * is escaped for our markup (markup.ts, inline.ts), so a unit named "Đài PT-TH tỉnh | Kênh
 * *DNRTV*" stays one table cell and prints its bar and asterisks as written. `{{{ }}}` inserts
 * a value as markup: the templates use it only for the config's paragraphs, which the office
 * writes and may format (templates/README.md states the rule for template authors).
 *
 * Handlebars 4 has no per-instance escape option (handlebars.js #1746): the only documented
 * hook, `Handlebars.Utils.escapeExpression`, is shared by every instance in the process. So
 * each template this instance compiles gets ours on its own runtime container instead.
 */
import type { TemplateDelegate } from 'handlebars';

/** Marks the inline parser reads anywhere in a line; a backslash makes each literal (inline.ts). */
const INLINE = /[\\|*_#]/g;
/** "::" starts a directive at the start of a line; one escaped colon breaks it. */
const DIRECTIVE = /:(?=:)/g;
/** "- " or "– " at the start of a line starts a list item. */
const LIST = /^(\s*)([-–])/;
/** Line breaks would end a table row or a paragraph: a name with one prints on one line. */
const BREAKS = /[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*/g;

/** A value as markup that prints it literally; null and undefined print nothing, as Handlebars does. */
export function escapeMarkup(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A helper may mark its result as markup, as SafeString does for HTML.
  if (typeof (value as { toHTML?: unknown }).toHTML === 'function') return String((value as { toHTML: () => unknown }).toHTML());
  return String(value).replace(BREAKS, ' ').replace(INLINE, '\\$&').replace(DIRECTIVE, '\\:').replace(LIST, '$1\\$2');
}

type Handlebars = typeof import('handlebars');
interface Container {
  escapeExpression: (value: unknown) => string;
}
interface TemplateSpec {
  main: (this: unknown, container: Container, ...rest: unknown[]) => unknown;
}

/** Makes every template `hb` compiles from now on escape `{{ }}` values with {@link escapeMarkup}. */
export function useMarkupEscape(hb: Handlebars): void {
  const template = hb.template.bind(hb) as (spec: TemplateSpec) => TemplateDelegate;
  hb.template = ((spec: TemplateSpec) => {
    const main = spec.main;
    // One container serves a template's main program and its blocks; partials have their own, made here too.
    spec.main = function (this: unknown, container: Container, ...rest: unknown[]) {
      container.escapeExpression = escapeMarkup;
      return main.call(this, container, ...rest);
    };
    return template(spec);
  }) as Handlebars['template'];
}
