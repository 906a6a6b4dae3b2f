/** `ketnghia report`: the Word report (SPEC §6), optionally also as PDF through LibreOffice. */
import { resolve } from 'node:path';
import type { Config } from '../../config/schema.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../findings/finding.js';
import { computeIndicators } from '../../indicators/compute.js';
import { buildContext, REPORT_KINDS, type ReportKind } from '../../report/context.js';
import { localToday, yearOf } from '../../values/calendar.js';
import { yearPeriod } from '../../indicators/period.js';
import { refuseInput } from '../../util/write.js';
import type { Io } from '../io.js';
import { prepare, type PrepareOptions } from '../prepare.js';
import { t } from '../text.js';
import { contextOf, registerOf } from '../../submissions/summary.js';

export interface ReportOptions extends PrepareOptions {
  readonly kind: ReportKind;
  /** The .docx to write; default `bao-cao-<kind>-<from>-<to>.docx` in the working folder. */
  readonly output?: string;
  readonly config: Config;
  readonly template?: string;
  readonly printContext?: boolean;
  readonly pdf?: boolean;
}

export interface ReportResult {
  readonly exitCode: 0 | 1;
  readonly context?: Record<string, unknown>;
  readonly docx?: string;
  readonly pdf?: string;
  /** Why the PDF was not written, when it was asked for. */
  readonly pdfProblem?: string;
}

export function parseKind(text: string | undefined, lang: Lang): ReportKind {
  if (text === undefined) return 'nam';
  if ((REPORT_KINDS as readonly string[]).includes(text)) return text as ReportKind;
  throw new UsageError(lang === 'vi' ? `--kind phải là một trong: ${REPORT_KINDS.join(', ')} (không phải "${text}").` : `--kind must be one of: ${REPORT_KINDS.join(', ')} (not "${text}").`);
}

export async function report(options: ReportOptions, io: Io): Promise<ReportResult> {
  const { lang } = options;
  const prepared = await prepare(options, io);
  if (!prepared.ok) return { exitCode: 1 };
  // An annual report without a period is about the latest year of the data.
  const noPeriod = options.year === undefined && options.from === undefined && options.to === undefined;
  const period = noPeriod && options.kind === 'nam' ? yearPeriod(yearOf(prepared.period.to), yearOf(prepared.period.to)) : prepared.period;
  const indicators = computeIndicators(prepared.dataset, period, { minActivities: options.config.thresholds.minActivities });
  const context = buildContext({
    kind: options.kind,
    indicators,
    dataset: prepared.dataset,
    period,
    config: options.config,
    today: options.today ?? localToday(),
    submissions: contextOf(registerOf(prepared.dataset, prepared.load.sheets, period)),
  });
  if (options.printContext) return { exitCode: 0, context };

  const output = resolve(io.cwd, options.output ?? `bao-cao-${options.kind}-${period.from.slice(0, 4)}-${period.to.slice(0, 4)}.docx`);
  refuseInput(output, prepared.files.map((f) => resolve(io.cwd, f)), t(lang, 'sameAsInput', { path: output }));
  const { renderReport } = await import('../../report/report.js');
  await renderReport(context, { kind: options.kind, lang, output, style: options.config.style, ...(options.template ? { template: resolve(io.cwd, options.template) } : {}) });
  if (!options.pdf) return { exitCode: 0, context, docx: output };
  const { convertToPdf } = await import('../../report/pdf.js');
  const pdf = await convertToPdf(output, lang);
  if (pdf.ok) return { exitCode: 0, context, docx: output, pdf: pdf.path };
  return { exitCode: 1, context, docx: output, pdfProblem: pdf.message };
}

export function printReport(result: ReportResult, options: ReportOptions, io: Io): void {
  const vi = options.lang === 'vi';
  if (options.printContext && result.context) {
    io.out(JSON.stringify(result.context, null, 2) + '\n');
    return;
  }
  if (result.docx) io.out((vi ? `Đã ghi báo cáo: ${result.docx}` : `Report written: ${result.docx}`) + '\n');
  if (result.pdf) io.out((vi ? `Đã ghi bản PDF: ${result.pdf}` : `PDF written: ${result.pdf}`) + '\n');
  if (result.pdfProblem) io.err(result.pdfProblem + '\n');
}

