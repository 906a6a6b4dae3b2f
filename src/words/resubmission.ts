/** The sentence --allow-errors says for each resubmission: which file was kept and why. */
import { keptText, type Resubmission } from '../checks/resubmission.js';
import { baseName } from '../checks/report.js';
import { RESUBMISSION } from '../messages/misc.js';
import { render, type Lang } from '../messages/render.js';

export function keptSentence(r: Resubmission, lang: Lang): string {
  return render(lang, RESUBMISSION.kept, { file: baseName(r.file), other: baseName(r.other), matched: r.matched, why: keptText(r), dropped: baseName(r.dropped) });
}
