/**
 * The names `ketnghia init` gives the sheets and yes/no values it writes into a template.
 * A module of its own, without imports, because reading (which recognises these sheets as
 * ours) and `fix` need the names but not the code that builds the template.
 */

/** The guide sheet. */
export const GUIDE_SHEET = 'Hướng dẫn';

/** The hidden sheet that holds the lists. */
export const LIST_SHEET = 'DanhMuc';

/** What a yes/no dropdown offers: both are read by `parseBooleanText` (x → yes, không → no). */
export const YES = 'x';
export const NO = 'không';
