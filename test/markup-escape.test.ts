/**
 * Values escaped for the markup read back as exactly the text they were, wherever a template
 * puts them: in a table cell, at the start of a line, inside italics. And the Handlebars hook
 * escapes `{{ }}` only, in blocks and partials too, on its own instance only.
 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { parseMarkup, type Block } from '../src/report/markup.js';
import { escapeMarkup, useMarkupEscape } from '../src/report/markup-escape.js';
import type { Run } from '../src/report/inline.js';

const NASTY = [
  'Đài PT-TH tỉnh | Kênh *DNRTV*',
  '# Thôn 3',
  '## Làng',
  ':: Quảng Phú',
  '::pagebreak',
  '::table widths=1',
  '- Bon Ja Ráh',
  '– Buôn Đôn',
  '1. Thôn Một',
  '**Sở Y tế**',
  '__Hội Nông dân__',
  'Thôn_2 *',
  'a\\',
  'C:\\đường\\dẫn',
  '|---|---|',
  'left[b]: x',
  'Bon Đắk Prí\nBuôn *Mới*',
  'Dòng một\r\n  dòng hai\u2028ba',
];
/** What a name prints as: its line breaks become one space. */
const printed = (name: string) => name.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' ');
const plain = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

describe('escapeMarkup', () => {
  it('keeps a value to one table cell and prints it as written', () => {
    for (const name of NASTY) {
      const blocks = parseMarkup(`::table widths=70,30\n| Tên | Số |\n|---|---|\n| ${escapeMarkup(name)} | 5 |`);
      expect(blocks, name).toHaveLength(1);
      const table = blocks[0] as Extract<Block, { type: 'table' }>;
      expect(table.rows.map((row) => row.map(plain)), name).toEqual([[printed(name), '5']]);
      expect(table.rows[0]![0]!.every((run) => !run.bold && !run.italic && !run.underline), name).toBe(true);
    }
  });

  it('at the start of a line, makes a plain paragraph: no heading, list, directive or table', () => {
    for (const name of NASTY) {
      const blocks = parseMarkup(`${escapeMarkup(name)} còn khó khăn.`);
      expect(blocks.map((b) => b.type), name).toEqual(['paragraph']);
      const runs = (blocks[0] as Extract<Block, { type: 'paragraph' }>).runs;
      expect(plain(runs), name).toBe(`${printed(name)} còn khó khăn.`);
      expect(runs.every((run) => !run.bold && !run.italic && !run.underline), name).toBe(true);
    }
  });

  it('inside the template’s own italics, stays one italic run', () => {
    for (const name of NASTY) {
      const [block] = parseMarkup(`Tên: *${escapeMarkup(name)}*`);
      expect((block as Extract<Block, { type: 'paragraph' }>).runs, name).toEqual([{ text: 'Tên: ' }, { text: printed(name), italic: true }]);
    }
  });

  it('prints other values as Handlebars does', () => {
    expect([null, undefined, 0, 12.5, false, true].map(escapeMarkup)).toEqual(['', '', '0', '12.5', 'false', 'true']);
    expect(escapeMarkup(new Handlebars.SafeString('**đậm**'))).toBe('**đậm**');
  });
});

describe('useMarkupEscape', () => {
  it('escapes {{ }} in the template, its blocks and its partials, and leaves {{{ }}} as markup', () => {
    const hb = Handlebars.create();
    useMarkupEscape(hb);
    hb.registerPartial('p', hb.compile('({{x}}|{{{x}}})', { strict: true }));
    const template = hb.compile('{{x}} {{{x}}} {{#each list}}[{{this}}]{{/each}} {{#if x}}{{x}}{{/if}} {{> p}}', { strict: true });
    expect(template({ x: 'a|*b*', list: ['- c', '#d'] })).toBe('a\\|\\*b\\* a|*b* [\\- c][\\#d] a\\|\\*b\\* (a\\|\\*b\\*|a|*b*)');
  });

  it('changes nothing for other Handlebars instances in the process', () => {
    const hb = Handlebars.create();
    useMarkupEscape(hb);
    hb.compile('{{x}}')({ x: 'a|b' });
    expect(Handlebars.create().compile('{{x}}')({ x: '<a|b>' })).toBe('&lt;a|b&gt;');
    expect(Handlebars.compile('{{x}}')({ x: '*<b>*' })).toBe('*&lt;b&gt;*');
  });
});
