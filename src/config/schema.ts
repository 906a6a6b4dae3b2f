/**
 * `ketnghia.config.json` (SPEC §7): every key optional with a sensible default, unknown
 * keys refused by name. The JSON Schema in `schema/` is generated from this one
 * (`npm run schema`) so editors can complete the file.
 */
import { z } from 'zod';
import { DEFAULT_POVERTY_STANDARD_YEARS, DEFAULT_THRESHOLDS } from './defaults.js';

const text = (description: string) => z.string().describe(description);

const SignerSchema = z
  .object({
    onBehalfOf: z
      .union([z.string(), z.array(z.string()).max(3, 'tối đa 3 dòng')])
      .describe(
        'Các dòng thẩm quyền ký trên chức vụ (một đến ba dòng), ví dụ "T/M BAN THƯỜNG VỤ" (văn bản Đảng) hoặc ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"] (văn bản nhà nước); bỏ trống nếu ký trực tiếp; không có thì chọn theo cơ quan ban hành',
      )
      .optional(),
    title: text('Chức vụ người ký, ví dụ "PHÓ BÍ THƯ", "TRƯỞNG BAN"; không có thì chọn theo cơ quan ban hành').optional(),
    name: text('Họ và tên người ký').default(''),
  })
  .strict();

const ProgrammeSchema = z
  .object({
    name: text('Tên công tác/phong trào').default('công tác kết nghĩa giữa cơ quan, đơn vị với thôn, làng đồng bào dân tộc thiểu số'),
    directive: text('Văn bản chỉ đạo, ví dụ "Chỉ thị số 13-CT/TU"').default(''),
    directiveDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
      .describe('Ngày ban hành văn bản chỉ đạo, dạng YYYY-MM-DD')
      .optional(),
    issuer: text('Cơ quan ban hành văn bản chỉ đạo, ví dụ "Ban Thường vụ Tỉnh ủy"').default(''),
    area: text('Địa bàn báo cáo, ví dụ "thị xã Ayun Pa" hoặc "tỉnh Gia Lai"').default(''),
  })
  .strict();

const ThresholdsSchema = z
  .object({
    outlierChange: z.number().positive().describe('Mức thay đổi số hộ, số hộ nghèo trong một năm bị coi là bất thường (0,5 = 50%)').default(DEFAULT_THRESHOLDS.outlierChange),
    outlierMinimum: z.number().int().nonnegative().describe('Chỉ xét thay đổi khi số năm trước từ mức này trở lên').default(DEFAULT_THRESHOLDS.outlierMinimum),
    outlierAmountFactor: z.number().positive().describe('Số tiền gấp bao nhiêu lần mức thường gặp của loại hoạt động thì bị coi là bất thường').default(DEFAULT_THRESHOLDS.outlierAmountFactor),
    minActivities: z.number().int().positive().describe('Cặp kết nghĩa có ít hơn số hoạt động này trong những năm còn hiệu lực mà đơn vị có báo cáo thì bị coi là "hình thức" (năm đơn vị chưa báo cáo không tính)').default(DEFAULT_THRESHOLDS.minActivities),
    materialityPoints: z
      .number()
      .nonnegative()
      .describe('Chênh lệch tỷ lệ (điểm phần trăm) dưới mức này thì báo cáo ghi "tương đương", không coi là hạn chế hay ưu điểm')
      .default(DEFAULT_THRESHOLDS.materialityPoints),
    exemplaryUnits: z.number().int().nonnegative().describe('Số đơn vị tiêu biểu tối đa (cách ghi cũ của "commendation.max"; "commendation.max" được ưu tiên)').optional(),
    giftShareHigh: z
      .number()
      .min(0)
      .max(1)
      .describe('Tỷ lệ hoạt động thăm hỏi, tặng quà (khi là loại nhiều nhất) từ mức này trở lên thì nêu là hạn chế (0,3 = 30%)')
      .default(DEFAULT_THRESHOLDS.giftShareHigh),
    giftShareMostly: z
      .number()
      .min(0)
      .max(1)
      .describe('Tỷ lệ hoạt động thăm hỏi, tặng quà trên mức này thì báo cáo ghi "chủ yếu là thăm hỏi, tặng quà" (0,5 = 50%)')
      .default(DEFAULT_THRESHOLDS.giftShareMostly),
    timesProvince: z.number().min(1).describe('Tỷ lệ hộ nghèo gấp tỷ lệ chung của tỉnh từ mức này trở lên thì ghi "gấp … lần", dưới mức này ghi "cao hơn"').default(DEFAULT_THRESHOLDS.timesProvince),
  })
  .strict();

const CommendationSchema = z
  .object({
    max: z.number().int().positive().describe('Số đơn vị tiêu biểu tối đa; mặc định 3 hoặc 20% số đơn vị (lấy số lớn hơn), không bao giờ là tất cả các đơn vị').optional(),
    minYears: z.number().int().positive().describe('Số năm kết nghĩa tối thiểu trong kỳ để được xét; mặc định phải kết nghĩa suốt kỳ báo cáo').optional(),
    exclude: z.array(z.string()).describe('Các cơ quan, đơn vị không xét (ngoài cơ quan ban hành báo cáo, luôn không xét)').default([]),
    proposeTo: text('Cấp đề nghị khen thưởng, ví dụ "Ban Thường vụ Tỉnh ủy" hoặc "Chủ tịch Ủy ban nhân dân tỉnh"; mặc định theo thể thức').optional(),
  })
  .strict();

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    style: z.enum(['dang', 'nha-nuoc']).describe('Thể thức: "dang" (Hướng dẫn 36-HD/VPTW) hoặc "nha-nuoc" (Nghị định 30/2020/NĐ-CP)').default('dang'),
    superiorBody: text('Cơ quan cấp trên, viết thường như trong câu, ví dụ "Đảng bộ tỉnh Gia Lai" hoặc "UBND tỉnh Gia Lai" (phần đầu văn bản tự viết hoa)').default('Đảng bộ tỉnh …'),
    issuingBody: text('Cơ quan ban hành báo cáo, viết như trong câu, ví dụ "Ban Dân vận Tỉnh ủy" (phần đầu văn bản tự viết hoa)').default('Ban Dân vận'),
    issuingBodyHeader: z
      .array(z.string())
      .max(4, 'tối đa 4 dòng')
      .describe(
        'Các dòng tên cơ quan ở góc trái phần đầu văn bản, mỗi phần tử một dòng, ví dụ ["TỈNH ỦY ĐẮK NÔNG", "BAN DÂN VẬN"] hoặc ["ỦY BAN NHÂN DÂN", "THỊ XÃ AYUN PA"]; thay cho cơ quan cấp trên và cơ quan ban hành ở phần đầu; không có thì tự tách dòng theo tên cơ quan',
      )
      .optional(),
    documentNumber: text('Số, ký hiệu văn bản, ví dụ "21-BC/BDVTU"; để trống thì in "Số     -BC/…"').default(''),
    place: text('Địa danh ghi ở dòng ngày tháng, ví dụ "Gia Lai"').default(''),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
      .describe('Ngày ký báo cáo dạng YYYY-MM-DD; mặc định là hôm nay')
      .optional(),
    signer: SignerSchema.default(SignerSchema.parse({})),
    recipients: z.array(z.string()).describe('Danh sách "Nơi nhận"').default(['- Như trên,', '- Lưu VT.']),
    programme: ProgrammeSchema.default(ProgrammeSchema.parse({})),
    leadership: z.array(z.string()).describe('Các đoạn về công tác lãnh đạo, chỉ đạo (mục II.1)').default([]),
    causes: z
      .union([
        z.array(z.string()),
        z
          .object({
            objective: z.array(z.string()).describe('Nguyên nhân khách quan').default([]),
            subjective: z.array(z.string()).describe('Nguyên nhân chủ quan').default([]),
          })
          .strict(),
      ])
      .describe('Nguyên nhân của hạn chế: danh sách các ý, hoặc { "objective": [...], "subjective": [...] } (khách quan / chủ quan)')
      .default([]),
    strengthCauses: z.array(z.string()).describe('Nguyên nhân của ưu điểm (báo cáo sơ kết, tổng kết), mỗi phần tử một ý').default([]),
    lessons: z.array(z.string()).describe('Bài học kinh nghiệm (báo cáo sơ kết, tổng kết), mỗi phần tử một bài học').default([]),
    basis: text('Văn bản yêu cầu báo cáo, ví dụ "Công văn số 125-CV/BDVTU ngày 10/3/2020 của Ban Dân vận Tỉnh ủy"').default(''),
    villageTerm: text('Cách gọi thôn, làng của địa phương, ví dụ "bôn", "buôn, bon", "thôn, làng"').default('thôn, làng'),
    directions: z.array(z.string()).describe('Phương hướng, nhiệm vụ thời gian tới (mục IV), mỗi phần tử một ý').default([]),
    recommendations: z.array(z.string()).describe('Đề xuất, kiến nghị (nếu có)').default([]),
    directiveProposal: text(
      'Báo cáo tổng kết đề xuất gì về văn bản chỉ đạo: "tiep-tuc" (tiếp tục thực hiện), "sua-doi" (sửa đổi, bổ sung), "thay-the" (ban hành văn bản mới thay thế), hoặc một câu tự viết; không có thì chọn theo số liệu (tiếp tục; sửa đổi, bổ sung khi văn bản đã thực hiện từ 10 năm và số liệu còn cho thấy hạn chế)',
    ).optional(),
    provincialPovertyRate: z
      .union([z.number().min(0).max(100), z.record(z.string().regex(/^\d{4}$/), z.number().min(0).max(100))])
      .describe('Tỷ lệ hộ nghèo chung của tỉnh, tính bằng % (ví dụ 5.12), hoặc theo năm: { "2020": 5.12 }')
      .optional(),
    povertyStandardYears: z
      .array(z.number().int().min(1990).max(2100))
      .describe('Các năm áp dụng chuẩn nghèo mới (số hộ nghèo trước và sau không so sánh trực tiếp được)')
      .default([...DEFAULT_POVERTY_STANDARD_YEARS]),
    thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
    commendation: CommendationSchema.describe('Đơn vị tiêu biểu trong báo cáo tổng kết: số lượng, điều kiện xét, cấp đề nghị khen thưởng').default(CommendationSchema.parse({})),
    deadline: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
      .describe('Hạn nộp báo cáo của các đơn vị, dạng YYYY-MM-DD: "ketnghia submissions" đánh dấu tệp nhận sau ngày này là nộp muộn')
      .optional(),
  })
  .strict();

export type Config = z.output<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});
