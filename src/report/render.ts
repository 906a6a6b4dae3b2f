/**
 * Templates → markup: Handlebars in strict mode with the fixed helpers and the shared
 * partials of `templates/partials/`. Errors name the template and its line.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CodedUsageError } from '../errors.js';
import type { RuntimeOptions } from 'handlebars';
import type { ReportContext, ReportKind } from './context.js';
import { HELPERS } from './helpers.js';
import { useMarkupEscape } from './markup-escape.js';
import { packageRoot } from '../util/package.js';
import { TEMPLATE_ERRORS, TEMPLATE_ERRORS_VI } from '../messages/report.js';
import { render } from '../messages/render.js';
import { FORM_FIELDS, isFormField, PLACEHOLDER, type Placeholder } from '../messages/fields.js';

/** The templates shipped with the package. */
function templatesDir(): string {
  return join(packageRoot(), 'templates');
}

export interface RenderOptions {
  readonly kind: ReportKind;
  /** A user's own main template; partials are still looked up in its folder first, then in the package. */
  readonly template?: string;
  /** Told of every placeholder the templates print, in order (SPEC §6: listed, and an error with --strict). */
  readonly onPlaceholder?: (placeholder: Placeholder) => void;
}

/**
 * {{placeholder "lessons" "những bài học kinh nghiệm rút ra"}}: where the office must still
 * write, in plain Vietnamese naming the field as the page's form names it (src/messages/fields.ts).
 */
function placeholderHelper(onPlaceholder: RenderOptions['onPlaceholder']) {
  return (...args: unknown[]) => {
    const [field, hint] = args.slice(0, -1);
    if (typeof field !== 'string' || !isFormField(field)) {
      throw new Error(`{{placeholder}} needs a field of the form (${Object.keys(FORM_FIELDS).join(', ')}), got ${JSON.stringify(field)}`);
    }
    const label = FORM_FIELDS[field].vi;
    onPlaceholder?.({ field, label });
    return render('vi', PLACEHOLDER.inReport, { hint: typeof hint === 'string' && hint ? hint : label.toLocaleLowerCase('vi'), label });
  };
}

export async function renderMarkup(context: ReportContext, options: RenderOptions): Promise<string> {
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  useMarkupEscape(hb);
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
  hb.registerHelper('placeholder', placeholderHelper(options.onPlaceholder));
  const shipped = templatesDir();
  const mainPath = options.template ? resolve(options.template) : join(shipped, `${options.kind}.hbs`);
  const partialDirs = [...(options.template ? [join(dirname(mainPath), 'partials')] : []), join(shipped, 'partials')];
  // partials/judgements/<code>.hbs word the coded judgements: registered as "judgements/<code>".
  const folders = partialDirs.reverse().flatMap((dir) => [{ dir, prefix: '' }, { dir: join(dir, 'judgements'), prefix: 'judgements/' }]);
  for (const { dir, prefix } of folders) {
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files.filter((f) => f.endsWith('.hbs'))) {
      const path = join(dir, file);
      const partial = compile(hb, await readFile(path, 'utf8'), path);
      hb.registerPartial(prefix + basename(file, '.hbs'), ((context: unknown, runtime?: RuntimeOptions) => {
        try {
          return partial(context, runtime);
        } catch (error) {
          // The innermost partial names itself; outer templates keep that name.
          throw (error as { templatePath?: string }).templatePath ? error : Object.assign(error as object, { templatePath: path });
        }
      }) as HandlebarsTemplateDelegate);
    }
  }
  let source: string;
  try {
    source = await readFile(mainPath, 'utf8');
  } catch {
    throw new CodedUsageError(TEMPLATE_ERRORS.unreadable, { path: mainPath });
  }
  const template = compile(hb, source, mainPath);
  try {
    return template(context);
  } catch (error) {
    throw templateError(error, mainPath);
  }
}

function compile(hb: typeof import('handlebars'), source: string, path: string): HandlebarsTemplateDelegate {
  try {
    // Parse now (compile is lazy) so a syntax error names this file.
    hb.parse(source);
    return hb.compile(source, { strict: true, preventIndent: true });
  } catch (error) {
    throw templateError(error, path);
  }
}

/** Handlebars messages carry the line ("Parse error on line 12", "… - 12:4"); keep them, name the file. */
function templateError(error: unknown, mainPath: string): CodedUsageError {
  const path = (error as { templatePath?: string } | undefined)?.templatePath ?? mainPath;
  const message = error instanceof Error ? error.message : String(error);
  const line = /on line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+$/m.exec(message)?.[1];
  const where = line ? `${path}:${line}` : path;
  const said = (lang: 'vi' | 'en'): string => message.replace(/\[object Object\]/g, render(lang, TEMPLATE_ERRORS.theData)).replace(/ - \d+:\d+$/, '');
  // Handlebars speaks English; its common messages are put into Vietnamese for the Vietnamese face.
  const vi = TEMPLATE_ERRORS_VI.reduce((text, [pattern, words]) => text.replace(pattern, words), said('vi'));
  return new CodedUsageError(TEMPLATE_ERRORS.error, { where, detail: { vi, en: said('en') } });
}
