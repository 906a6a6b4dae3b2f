/** `ketnghia report`, the face of app/report.ts: the Word report (SPEC §6), optionally also as PDF through LibreOffice. */
import { DEFAULT_CONFIG } from '../../config/schema.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../findings/finding.js';
import { REPORT_KINDS, type ReportContext, type ReportKind } from '../../report/context.js';
import { formatVi } from '../../values/calendar.js';
import { report as run } from '../../app/report.js';
import type { Io } from '../io.js';
import { runData, type DataOptions } from '../data-options.js';
import { printPrepared } from '../print-prepared.js';
import { render } from '../../messages/render.js';
import { REPORT_RUN } from '../../messages/commands.js';
import { FORM_FIELDS, PLACEHOLDER, type Placeholder } from '../../messages/fields.js';

export interface ReportOptions extends DataOptions {
  readonly kind: ReportKind;
  /** The .docx to write; default `bao-cao-<kind>-<from>-<to>.docx` in the working folder. */
  readonly output?: string;
  readonly template?: string;
  readonly printContext?: boolean;
  readonly pdf?: boolean;
  /** Missing or placeholder header items are errors (exit 1), not warnings. */
  readonly strict?: boolean;
  /** Replace an existing .docx (and .pdf). */
  readonly force?: boolean;
}

export interface ReportResult {
  readonly exitCode: 0 | 1;
  readonly context?: ReportContext;
  readonly docx?: string;
  readonly pdf?: string;
  /** Why the PDF was not written, when it was asked for. */
  readonly pdfProblem?: string;
  /** What the office must look at before signing: config sentences the data contradict, header items missing. */
  readonly warnings?: readonly string[];
  readonly headerProblems?: readonly string[];
  /**
   * The places the office must still write, each with its field and the form's label
   * (SPEC §6): what the page shows beside its fields. With `--strict`, any of them stops the report.
   */
  readonly placeholders?: readonly Placeholder[];
  /** The date printed and where it came from. */
  readonly date?: { readonly value: string; readonly fromConfig: boolean };
}

export function parseKind(text: string | undefined, lang: Lang): ReportKind {
  if (text === undefined) return 'nam';
  if ((REPORT_KINDS as readonly string[]).includes(text)) return text as ReportKind;
  throw new UsageError(render(lang, REPORT_RUN.badKind, { kinds: REPORT_KINDS.join(', '), value: text }));
}

export async function report(options: ReportOptions, io: Io): Promise<ReportResult> {
  const config = options.config?.config ?? DEFAULT_CONFIG;
  const result = await runData(options, io, (data) =>
    run({
      data,
      kind: options.kind,
      config,
      ...(options.output !== undefined ? { output: options.output } : {}),
      ...(options.template !== undefined ? { template: options.template } : {}),
      contextOnly: options.printContext === true,
      pdf: options.pdf === true,
      strict: options.strict === true,
      force: options.force === true,
    }),
  );
  await printPrepared(result.prepared, options, io);
  if (!result.ok) return { exitCode: 1 };
  const { context, checks } = result;
  // The checks come in both languages; this face says them in the one asked for.
  const said = checks ? { warnings: checks.warnings.map((t) => t[options.lang]), headerProblems: checks.headerProblems.map((t) => t[options.lang]), date: checks.date, placeholders: checks.placeholders } : {};
  const failed = result.stoppedStrict === true || result.pdfProblem !== undefined;
  return {
    exitCode: failed ? 1 : 0,
    context,
    ...said,
    ...(result.docx ? { docx: result.docx } : {}),
    ...(result.pdf ? { pdf: result.pdf } : {}),
    ...(result.pdfProblem ? { pdfProblem: result.pdfProblem[options.lang] } : {}),
  };
}

export function printReport(result: ReportResult, options: ReportOptions, io: Io): void {
  const { lang } = options;
  if (options.printContext && result.context) {
    io.out(JSON.stringify(result.context, null, 2) + '\n');
    return;
  }
  for (const warning of result.warnings ?? []) io.err(render(lang, REPORT_RUN.warning) + warning + '\n');
  for (const problem of result.headerProblems ?? []) io.err(render(lang, options.strict ? REPORT_RUN.error : REPORT_RUN.warning) + problem + '\n');
  // One line per place, in the report's order; the same field twice is one field to write.
  const fields = [...new Map((result.placeholders ?? []).map((p) => [p.field, p])).values()];
  for (const p of fields) io.err(render(lang, options.strict ? REPORT_RUN.error : REPORT_RUN.warning) + render(lang, PLACEHOLDER.listed, { label: lang === 'vi' ? p.label : FORM_FIELDS[p.field].en, field: p.field }) + '\n');
  if (options.strict && (result.headerProblems?.length ?? 0) > 0) {
    io.err(render(lang, REPORT_RUN.strictStop) + '\n');
  } else if (options.strict && fields.length > 0) {
    io.err(render(lang, PLACEHOLDER.strictStop) + '\n');
  }
  if (result.docx) io.out(render(lang, REPORT_RUN.written, { path: result.docx }) + '\n');
  if (result.docx && result.date) {
    const shown = formatVi(result.date.value);
    io.out(render(lang, result.date.fromConfig ? REPORT_RUN.dateFromConfig : REPORT_RUN.dateToday, { date: shown }) + '\n');
  }
  if (result.pdf) io.out(render(lang, REPORT_RUN.pdfWritten, { path: result.pdf }) + '\n');
  if (result.pdfProblem) io.err(result.pdfProblem + '\n');
}

