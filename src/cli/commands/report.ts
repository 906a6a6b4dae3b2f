/** `ketnghia report`: the Word report (SPEC §6), optionally also as PDF through LibreOffice. */
import { resolve } from 'node:path';
import type { Config } from '../../config/schema.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../findings/finding.js';
import { computeIndicators } from '../../indicators/compute.js';
import { buildContext, REPORT_KINDS, type ReportContext, type ReportKind } from '../../report/context.js';
import { formatVi, localToday, yearOf } from '../../values/calendar.js';
import { configWarnings, headerProblems } from '../../report/checks.js';
import { yearPeriod } from '../../indicators/period.js';
import { refuseInput } from '../../util/write.js';
import { checkOutput } from '../../util/output.js';
import type { Io } from '../io.js';
import { prepare, type PrepareOptions } from '../prepare.js';
import { printPrepared } from '../print-prepared.js';
import { CLI } from '../../messages/cli.js';
import { render } from '../../messages/render.js';
import { contextOf, registerOf, sentSheets } from '../../submissions/summary.js';
import { REPORT_RUN } from '../../messages/commands.js';
import { FORM_FIELDS, PLACEHOLDER, type Placeholder } from '../../messages/fields.js';

export interface ReportOptions extends PrepareOptions {
  readonly kind: ReportKind;
  /** The .docx to write; default `bao-cao-<kind>-<from>-<to>.docx` in the working folder. */
  readonly output?: string;
  readonly config: Config;
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
  const { lang } = options;
  const check = (path: string, ext: string, shown?: string) => checkOutput(path, { lang, force: options.force === true, ext, ...(shown ? { shown } : {}) });
  // Named: refused before a byte is read. Default name: once the period is known.
  if (options.output !== undefined && !options.printContext) await check(resolve(io.cwd, options.output), '.docx', options.output);
  const prepared = await prepare(options, io);
  await printPrepared(prepared, options, io);
  if (!prepared.ok) return { exitCode: 1 };
  // An annual report without a period is about the latest year of the data.
  const noPeriod = options.year === undefined && options.from === undefined && options.to === undefined;
  const period = noPeriod && options.kind === 'nam' ? yearPeriod(yearOf(prepared.period.to), yearOf(prepared.period.to)) : prepared.period;
  const indicators = computeIndicators(prepared.dataset, period, {
    minActivities: options.config.thresholds.minActivities,
    povertyStandardYears: options.config.povertyStandardYears,
    memo: prepared.memo,
    sheets: sentSheets(prepared.load.sheets),
  });
  const context = buildContext({
    kind: options.kind,
    indicators,
    dataset: prepared.dataset,
    period,
    config: options.config,
    today: options.today ?? localToday(),
    submissions: contextOf(registerOf(prepared.dataset, prepared.load.sheets, period, prepared.memo)),
    sheets: sentSheets(prepared.load.sheets),
  });
  if (options.printContext) return { exitCode: 0, context };
  const checks = {
    warnings: configWarnings(options.config, indicators, prepared.dataset, lang),
    headerProblems: headerProblems(options.config, context.signer, lang),
    date: { value: context.document.date, fromConfig: options.config.date !== undefined },
  };
  // Composed before any stop, so that --strict lists every place still to write along with the header's.
  const renderOptions = { kind: options.kind, lang, style: options.config.style, ...(options.template ? { template: resolve(io.cwd, options.template) } : {}) };
  const { composeReport, renderReport } = await import('../../report/report.js');
  const composed = await composeReport(context, renderOptions);
  const placeholders = composed.placeholders;
  if (options.strict && (checks.headerProblems.length > 0 || placeholders.length > 0)) return { exitCode: 1, ...checks, placeholders };

  const output = resolve(io.cwd, options.output ?? `bao-cao-${options.kind}-${period.from.slice(0, 4)}-${period.to.slice(0, 4)}.docx`);
  refuseInput(output, prepared.files.map((f) => resolve(io.cwd, f)), render(lang, CLI.sameAsInput, { path: output }));
  await check(output, '.docx', options.output);
  if (options.pdf) await check(output.replace(/\.docx$/i, '.pdf'), '.pdf');
  await renderReport(context, { ...renderOptions, output }, composed);
  if (!options.pdf) return { exitCode: 0, context, docx: output, ...checks, placeholders };
  const { convertToPdf } = await import('../../report/pdf.js');
  const pdf = await convertToPdf(output, lang);
  if (pdf.ok) return { exitCode: 0, context, docx: output, pdf: pdf.path, ...checks, placeholders };
  return { exitCode: 1, context, docx: output, pdfProblem: pdf.message, ...checks, placeholders };
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

