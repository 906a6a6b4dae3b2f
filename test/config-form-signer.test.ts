/** The page's one "Thay mặt" input carries one to three authority lines (SPEC §6) both ways. */
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config/schema.js';
import { applyForm, formOf } from '../src/serve/config-form.js';

describe('the signer’s authority lines on the page', () => {
  it('shows several lines joined by " / " and reads them back as lines; "T/M" stays one line', () => {
    const config = ConfigSchema.parse({ signer: { onBehalfOf: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: 'A' } });
    const form = formOf(config);
    expect(form.signer.onBehalfOf).toBe('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH');
    expect(applyForm(config, form).signer.onBehalfOf).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']);
    expect(applyForm(config, { signer: { onBehalfOf: 'T/M BAN THƯỜNG VỤ' } }).signer.onBehalfOf).toBe('T/M BAN THƯỜNG VỤ');
  });
});
