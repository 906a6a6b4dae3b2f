/**
 * The `Hướng dẫn` sheet as rows of text: general rules, then one section per data sheet
 * with every column's header, whether it is required, its type, allowed values, an
 * example and the help text of `fields.ts`. Pure; `template.ts` lays it out.
 *
 * The sheet must never look like a data sheet to the reader, so no row names two
 * headers of one sheet: the sheet name sits in a section title ("Trang “Đơn vị”"), not
 * in a column, and type names avoid header words ("Kiểu ngày…", not "Ngày").
 */
import { EARLIEST_YEAR } from '../checks/cells.js';
import type { Lang } from '../findings/finding.js';
import { GUIDE_ALLOWED, GUIDE_HEAD, GUIDE_LEGEND, GUIDE_NOTES, GUIDE_REQUIRED, GUIDE_SECTION, GUIDE_SECTIONS, GUIDE_TITLE, GUIDE_TYPES } from './guide-text.js';
import { REPORTING_LINE } from '../messages/init.js';
import { render } from '../messages/render.js';
import { SHEETS, SHEET_KINDS, type FieldDef } from '../schema/fields.js';
import { REQUIRED_MARK } from './columns.js';
import { LIST_SHEET, listIdOf, NO, YES, type ListColumn } from './lists.js';

export type GuideRow =
  | { readonly kind: 'title' | 'note' | 'legend' | 'section'; readonly text: string }
  | { readonly kind: 'head'; readonly cells: readonly string[] }
  | { readonly kind: 'field'; readonly cells: readonly string[]; readonly required: boolean };

export { GUIDE_SHEET } from '../schema/sheet-names.js';

export function guideRows(lang: Lang, lists: readonly ListColumn[]): GuideRow[] {
  const rows: GuideRow[] = [{ kind: 'title', text: render(lang, GUIDE_TITLE) }];
  for (const note of GUIDE_NOTES) rows.push({ kind: 'note', text: `• ${render(lang, note, { sheet: LIST_SHEET })}` });
  rows.push({ kind: 'legend', text: render(lang, GUIDE_LEGEND) });
  for (const kind of SHEET_KINDS) {
    const def = SHEETS[kind];
    rows.push({ kind: 'section', text: render(lang, GUIDE_SECTION, { name: def.name, english: { vi: '', en: ` (${def.en})` }, rows: GUIDE_SECTIONS[kind] }) });
    if (kind === 'activities') rows.push({ kind: 'note', text: `• ${render(lang, REPORTING_LINE.guide)}` });
    rows.push({ kind: 'head', cells: GUIDE_HEAD.map((head) => render(lang, head)) });
    for (const field of def.fields) {
      const required = field.required === true && !field.levelDependent;
      rows.push({
        kind: 'field',
        required,
        cells: [
          field.header + (required ? REQUIRED_MARK : ''),
          required ? render(lang, GUIDE_REQUIRED.yes) : field.levelDependent ? render(lang, GUIDE_REQUIRED.byLevel) : '',
          render(lang, GUIDE_TYPES[field.type]),
          allowedValues(field, def.fields, lists, lang),
          field.example,
          field.help[lang],
        ],
      });
    }
  }
  return rows;
}

function allowedValues(field: FieldDef, fields: readonly FieldDef[], lists: readonly ListColumn[], lang: Lang): string {
  const headerOf = (key: string | undefined) => fields.find((f) => f.key === key)?.header ?? '';
  switch (field.type) {
    case 'text': {
      const listed = lists.some((l) => l.id === listIdOf(field));
      if (!listed) return '';
      const byCommune = field.nameOf === 'village' && fields.some((f) => f.nameOf === 'commune') && lists.some((l) => l.id === 'placeVillage');
      if (byCommune) {
        return render(lang, GUIDE_ALLOWED.villagesOfCommune, { commune: fields.find((f) => f.nameOf === 'commune')!.header });
      }
      return render(lang, GUIDE_ALLOWED.listed);
    }
    case 'integer':
    case 'number':
    case 'money': {
      let text = field.max !== undefined ? render(lang, GUIDE_ALLOWED.range, { min: field.min ?? 0, max: field.max }) : '≥ 0';
      if (field.notAbove) text += render(lang, GUIDE_ALLOWED.notAbove, { other: headerOf(field.notAbove) });
      return text;
    }
    case 'date': {
      let text = render(lang, GUIDE_ALLOWED.dates, { first: EARLIEST_YEAR });
      if (field.notBefore) text += render(lang, GUIDE_ALLOWED.notBefore, { other: headerOf(field.notBefore) });
      return text;
    }
    case 'boolean':
      return render(lang, GUIDE_ALLOWED.boolean, { yes: YES, no: NO });
    case 'choice':
      return field.choices!.choices.map((c) => c.label).join('; ');
    case 'ethnicity':
      return render(lang, GUIDE_ALLOWED.ethnicity);
  }
}
