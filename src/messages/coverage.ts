/** What `ketnghia coverage` prints around its tables: the headlines of each level and the short lists. */
import type { Messages } from './render.js';

export const COVERAGE = {
  unitsWithoutArea: { vi: 'Đơn vị không có kết nghĩa với địa bàn nào tại ngày {date} ({count})', en: 'Units with no pairing in force on {date} ({count})' },
  unitsWithoutVillage: { vi: 'Đơn vị không có kết nghĩa với thôn nào tại ngày {date} ({count})', en: 'Units with no pairing in force on {date} ({count})' },
  /** A unit of that list that was paired once: not one that never was. */
  unitEnded: { vi: 'đã kết thúc kết nghĩa ({date})', en: 'pairing ended ({date})' },
  unitNeverPaired: { vi: 'chưa kết nghĩa', en: 'never paired' },
  none: { vi: '  (không có)', en: '  (none)' },
  noYearOfList: {
    vi: 'Danh sách thôn làng không có năm nào từ {year} trở về trước: {covered} thôn có đơn vị kết nghĩa tại ngày {date} (không tính được tỷ lệ).',
    en: 'The villages list has no year up to {year}: {covered} villages have a partner unit on {date} (no rate without the list).',
  },
  noVillageList: {
    vi: 'Không có danh sách thôn làng: {covered} thôn có đơn vị kết nghĩa tại ngày {date} (không tính được tỷ lệ).',
    en: 'No villages list: {covered} villages have a partner unit on {date} (no rate without the list).',
  },
  villages: {
    vi: '{covered}/{villages} thôn, làng ({rate}) có đơn vị kết nghĩa tại ngày {date}; {rest}.',
    en: '{covered}/{villages} villages ({rate}) have a partner unit on {date}; {rest}.',
  },
  noVillageLeft: { vi: 'không còn thôn nào chưa có', en: 'none is left without one' },
  villagesLeft: { vi: 'còn {count} thôn chưa có (danh sách dưới đây, khó khăn nhất trước)', en: '{count} have none (listed below, most needy first)' },
  noCommuneList: { vi: 'Không có danh sách xã: {covered} xã có đơn vị kết nghĩa tại ngày {date}.', en: 'No communes list: {covered} communes have a partner unit on {date}.' },
  communes: {
    vi: '{covered}/{communes} xã ({rate}) có đơn vị kết nghĩa cả xã tại ngày {date}; {rest}:',
    en: '{covered}/{communes} communes ({rate}) have a unit paired with the whole commune on {date}; {rest}:',
  },
  noCommuneLeft: { vi: 'không còn xã nào chưa có', en: 'none is left without one' },
  communesLeft: { vi: 'còn {count} xã chưa có (khó khăn nhất trước)', en: '{count} have none (most needy first)' },
  extremelyDifficult: { vi: 'ĐBKK', en: 'extremely difficult' },
  border: { vi: 'biên giới', en: 'border' },
  minorityCommune: { vi: 'thuần DTTS', en: 'minority commune' },
  poor: { vi: 'hộ nghèo {rate}', en: 'poor {rate}' },
  noDistrictList: {
    vi: '{covered} huyện có đơn vị kết nghĩa cả huyện tại ngày {date}.',
    en: '{covered} districts have a unit paired with the whole district on {date}.',
  },
  /** `{rest}` is `districtsLeft` or ".". */
  districts: {
    vi: '{covered}/{districts} huyện có đơn vị kết nghĩa cả huyện tại ngày {date}{rest}',
    en: '{covered}/{districts} districts have a unit paired with the whole district on {date}{rest}',
  },
  districtsLeft: { vi: '; chưa có:', en: '; none for:' },
  areaInactive: { vi: 'Cặp kết nghĩa với xã, huyện không có hoạt động trong kỳ ({count})', en: 'Commune and district pairings with no activity in the period ({count})' },
} as const satisfies Messages;
