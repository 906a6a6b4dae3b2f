/**
 * What the `init` template says while people type: the input messages and error alerts of
 * its data validations, and of the reporting-unit line at the top of "Hoạt động".
 * Excel caps titles at 32 characters and texts at 255; init/columns.ts clips to those.
 */
import type { Messages } from './render.js';

export const VALIDATION = {
  listError: { vi: 'Hãy chọn một giá trị trong danh sách.', en: 'Choose a value from the list.' },
  listErrorTitle: { vi: 'Giá trị không có trong danh sách', en: 'Not in the list' },
  nameWarning: {
    vi: 'Tên này không có trong danh sách của tệp tổng hợp. Kiểm tra lại chính tả; chọn Yes để vẫn giữ tên mới.',
    en: 'This name is not in the master list. Check the spelling; choose Yes to keep a new name.',
  },
  booleanPrompt: { vi: 'Chọn "{yes}" nếu có; để trống hoặc chọn "{no}" nếu không.', en: 'Choose "{yes}" for yes; leave blank or choose "{no}" for no.' },
  booleanError: { vi: 'Chỉ ghi "{yes}" (có) hoặc "{no}", hoặc để trống.', en: 'Only "{yes}" (yes) or "{no}", or leave blank.' },
  dateError: {
    vi: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 15/03/2022, trong khoảng 01/01/{first} đến 31/12/{last}.',
    en: 'Enter a date as day/month/year, e.g. 15/03/2022, between 01/01/{first} and 31/12/{last}.',
  },
  numberErrorTitle: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  wholeError: { vi: 'Nhập số nguyên không âm (không ghi chữ).', en: 'Enter a whole number, zero or more (digits only).' },
  rangeError: { vi: 'Nhập số nguyên từ {min} đến {max}.', en: 'Enter a whole number from {min} to {max}.' },
  decimalError: { vi: 'Nhập số không âm, chỉ ghi số (không ghi chữ "đồng", "km").', en: 'Enter a number, zero or more, digits only (no "đồng", "km").' },
  example: { vi: 'Ví dụ: ', en: 'Example: ' },
  required: { vi: 'Bắt buộc. ', en: 'Required. ' },
} as const satisfies Messages;

export const REPORTING_LINE = {
  unitPrompt: {
    vi: 'Tên cơ quan, đơn vị gửi báo cáo này. Đơn vị không có hoạt động trong năm vẫn ghi tên, năm báo cáo và gửi trang không có dòng nào.',
    en: 'The unit sending this report. A unit with no activity in the year still fills in its name and the year and sends the sheet without rows.',
  },
  unitWarning: { vi: 'Tên này không có trong danh sách của tệp tổng hợp. Kiểm tra lại chính tả.', en: 'This name is not in the master list. Check the spelling.' },
  yearPrompt: { vi: 'Năm của số liệu trong trang này, ví dụ 2024.', en: 'The year the rows of this sheet are for, e.g. 2024.' },
  yearError: { vi: 'Ghi năm bằng 4 chữ số, ví dụ 2024.', en: 'Write the year in 4 digits, e.g. 2024.' },
  /** What the guide says of the line. */
  guide: {
    vi: 'Dòng đầu trang “Hoạt động”: ghi tên đơn vị vào ô sau “Đơn vị báo cáo:” (ô B1, chọn trong danh sách nếu có) và năm vào ô sau “Năm báo cáo:” (ô E1). Nhờ hai ô này, văn phòng biết đơn vị đã nộp báo cáo năm nào; đơn vị không có hoạt động trong năm vẫn điền hai ô này và gửi trang không có dòng nào (được tính là “nộp, không có hoạt động”).',
    en: 'Top line of the “Hoạt động” sheet: the unit’s name in the cell after “Đơn vị báo cáo:” (B1, from the list when there is one) and the year in the cell after “Năm báo cáo:” (E1). They tell the office which unit reported for which year; a unit with no activity in the year still fills them in and sends the sheet without rows (counted as “reported, no activity”).',
  },
} as const satisfies Messages;
