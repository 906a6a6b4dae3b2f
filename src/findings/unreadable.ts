/**
 * The `file-unreadable` finding for a reader's reason: what is wrong, and what the clerk can
 * do about it — save it again as .xlsx, or, when the file has lost its content (cut off in
 * transfer, an empty attachment), ask the unit to send it again, since no repair brings it back.
 */
import { UNREADABLE_ADVICE, UNREADABLE_DETAIL } from '../messages/findings.js';
import { finding, type Finding } from './finding.js';

export type UnreadableReason = keyof typeof UNREADABLE_DETAIL;

const RESEND: ReadonlySet<UnreadableReason> = new Set(['truncated', 'corrupt', 'empty']);

export function unreadableFinding(file: string, reason: UnreadableReason): Finding {
  const advice = RESEND.has(reason) ? UNREADABLE_ADVICE.resend : UNREADABLE_ADVICE.resave;
  return finding('file-unreadable', { file, params: { detail: UNREADABLE_DETAIL[reason], advice } });
}
