/**
 * The Word report (SPEC §6), optionally also as PDF through LibreOffice: `report` and the
 * page's last step. What the office must look at before signing comes back as a list, in
 * both languages for the face to choose from.
 */
import { resolve } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Text } from '../messages/render.js';
import { computeIndicators } from '../indicators/compute.js';
import { buildContext, type ReportContext, type ReportKind } from '../report/context.js';
import { configWarnings, headerProblems } from '../report/checks.js';
import { contextOf, registerOf, sentSheets } from '../submissions/summary.js';
import { localToday } from '../values/calendar.js';
import { CodedUsageError } from '../errors.js';
import { CLI } from '../messages/cli.js';
import { checkOutput } from '../util/output.js';
import { refuseInput } from '../util/write.js';
import { resolvePeriod } from './period.js';
import { prepare, type Prepared } from './prepare.js';
import type { DataRequest } from './request.js';
import type { Placeholder } from '../messages/fields.js';

export interface ReportRequest {
  readonly data: DataRequest;
  readonly kind: ReportKind;
  readonly config: Config;
  /** The .docx to write, relative to the request's folder; default `bao-cao-<kind>-<from>-<to>.docx` there. */
  readonly output?: string;
  readonly template?: string;
  /** Only the template's context, no document. */
  readonly contextOnly?: boolean;
  readonly pdf?: boolean;
  /** Missing or placeholder header items stop the report. */
  readonly strict?: boolean;
  /** Replace an existing .docx (and .pdf). */
  readonly force?: boolean;
}

export interface ReportChecks {
  /** Config sentences the data contradict. */
  readonly warnings: readonly Text[];
  /** Header items missing or left as placeholders. */
  readonly headerProblems: readonly Text[];
  /** The date printed and where it came from. */
  readonly date: { readonly value: string; readonly fromConfig: boolean };
  /** The places the office must still write, each with its field and the form's label (SPEC §6). */
  readonly placeholders: readonly Placeholder[];
}

export type ReportResult =
  | { readonly ok: false; readonly prepared: Prepared }
  | {
      readonly ok: true;
      readonly prepared: Prepared & { ok: true };
      readonly context: ReportContext;
      readonly checks?: ReportChecks;
      /** --strict and header problems: nothing written. */
      readonly stoppedStrict?: boolean;
      readonly docx?: string;
      readonly pdf?: string;
      /** Why the PDF was not written, when it was asked for. */
      readonly pdfProblem?: Text;
    };

export async function report(request: ReportRequest): Promise<ReportResult> {
  const { data, config } = request;
  const check = (path: string, ext: string, shown?: string) => checkOutput(path, { force: request.force === true, ext, ...(shown ? { shown } : {}) });
  // Named: refused before a byte is read. Default name: once the period is known.
  if (request.output !== undefined && !request.contextOnly) await check(resolve(data.cwd, request.output), '.docx', request.output);
  const prepared = await prepare(data);
  if (!prepared.ok) return { ok: false, prepared };
  // An annual report without a period is about the latest year of the data.
  const today = data.today ?? localToday();
  const period = resolvePeriod({ asked: prepared.asked, dataset: prepared.dataset, today, latestYear: request.kind === 'nam' });
  const indicators = computeIndicators(prepared.dataset, period, {
    minActivities: config.thresholds.minActivities,
    povertyStandardYears: config.povertyStandardYears,
    memo: prepared.memo,
    sheets: sentSheets(prepared.load.sheets),
  });
  const context = buildContext({
    kind: request.kind,
    indicators,
    dataset: prepared.dataset,
    period,
    config,
    today,
    submissions: contextOf(registerOf(prepared.dataset, prepared.load.sheets, period, prepared.memo)),
    sheets: sentSheets(prepared.load.sheets),
  });
  if (request.contextOnly) return { ok: true, prepared, context };
  // Composed before any stop, so that a strict run lists every place still to write along with the header's.
  const renderOptions = { kind: request.kind, style: config.style, ...(request.template ? { template: resolve(data.cwd, request.template) } : {}) };
  const { composeReport, renderReport } = await import('../report/report.js');
  const composed = await composeReport(context, renderOptions);
  const checks: ReportChecks = {
    warnings: configWarnings(config, indicators, prepared.dataset),
    headerProblems: headerProblems(config, context.signer),
    date: { value: context.document.date, fromConfig: config.date !== undefined },
    placeholders: composed.placeholders,
  };
  if (request.strict && (checks.headerProblems.length > 0 || checks.placeholders.length > 0)) return { ok: true, prepared, context, checks, stoppedStrict: true };

  const output = resolve(data.cwd, request.output ?? `bao-cao-${request.kind}-${period.from.slice(0, 4)}-${period.to.slice(0, 4)}.docx`);
  refuseInput(output, prepared.files.map((f) => resolve(data.cwd, f)), new CodedUsageError(CLI.sameAsInput, { path: output }));
  await check(output, '.docx', request.output);
  if (request.pdf) await check(output.replace(/\.docx$/i, '.pdf'), '.pdf');
  await renderReport(context, { ...renderOptions, output }, composed);
  if (!request.pdf) return { ok: true, prepared, context, checks, docx: output };
  const { convertToPdf } = await import('../report/pdf.js');
  const pdf = await convertToPdf(output);
  if (pdf.ok) return { ok: true, prepared, context, checks, docx: output, pdf: pdf.path };
  return { ok: true, prepared, context, checks, docx: output, pdfProblem: pdf.message };
}
