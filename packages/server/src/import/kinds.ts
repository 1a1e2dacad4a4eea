import { fold } from '@planhub/db/text';

// The record kinds an import takes, column by column: the header a planner writes (in
// Vietnamese or English, either accepted, case and diacritics ignored), the field it
// fills, whether it is required, how its cells are read, and the example row of the
// kind's template. What a row becomes is the same input a mutation takes, checked by the
// same code (writes/).

export type CellType = 'text' | 'number' | 'integer' | 'date' | 'boolean' | { enum: Record<string, readonly string[]> };

export interface Column {
  /** The field it fills. */
  field: string;
  vi: string;
  en: string;
  required: boolean;
  type: CellType;
  /** The template's example value. */
  example: string;
  /** What the column holds, for the template's notes. */
  help: string;
  /** The record's columns it fills, where they differ from `field` (a plan code fills `planId`). */
  stores?: readonly string[];
  /** Taken exactly as the cell holds it, white space included (a source's text). */
  verbatim?: boolean;
}

/** A column's names, in both languages: all a sheet's header needs. */
export interface Header {
  field: string;
  vi: string;
  en: string;
}

/** A sheet of records as a file holds it: its name (a URL's, a sheet's) and its columns. */
export interface SheetShape {
  name: string;
  vi: string;
  columns: readonly Header[];
}

export interface RecordKind extends SheetShape {
  /** The kind's name in a URL, a CLI argument, a sheet name (`results`). */
  name: 'sources' | 'definitions' | 'people' | 'offices' | 'plans' | 'series' | 'events' | 'event-participants' | 'results' | 'targets' | 'solutions' | 'agencies' | 'assignments' | 'solution-links';
  columns: readonly Column[];
  /** The record's columns no file column fills: an existing record keeps them. */
  unmapped: readonly string[];
  /**
   * What an export adds after the record's own columns, computed and never stored (a
   * target's status): an import recognises these columns and passes over them, so an
   * export imports back as it is.
   */
  computed?: readonly Header[];
}

// Enum values by their code, and the Vietnamese (and English) words a file may use instead.
const RELIABILITY = { ESTIMATE: ['ước tính', 'ước', 'estimate'], PRELIMINARY: ['sơ bộ', 'preliminary'], FINAL: ['chính thức', 'final'] } as const;
const MEASURE = { LEVEL: ['mức', 'giá trị', 'level'], CHANGE: ['tăng giảm', 'mức tăng', 'change'] } as const;
const BOUND = { EXACT: ['bằng', 'đúng', 'exact'], MORE_THAN: ['trên', 'hơn', 'more than'], AT_LEAST: ['ít nhất', 'từ', 'at least'], LESS_THAN: ['dưới', 'less than'], AT_MOST: ['tối đa', 'không quá', 'at most'] } as const;
const TARGET_KIND = { LEVEL: ['mức', 'level'], INCREASE: ['tăng', 'increase'], RANK_CHANGE: ['thứ hạng', 'xếp hạng', 'rank change'] } as const;
const COMPARATOR = { AT_LEAST: ['≥', '>=', 'ít nhất', 'trên', 'at least'], AT_MOST: ['≤', '<=', 'tối đa', 'dưới', 'at most'], EQUAL: ['=', 'bằng', 'equal'], RANGE: ['khoảng', 'từ đến', 'range'] } as const;
const RANGE_KIND = { OR_BETTER: ['trở lên', 'or better'], WITHIN: ['trong khoảng', 'within'] } as const;

const seriesColumns: Column[] = [
  { field: 'definition', vi: 'Mã chỉ tiêu', en: 'Indicator code', required: true, type: 'text', example: 'economic-growth-rate', help: 'The definition’s code (`indicatorDefinitions { code }`).' },
  { field: 'area', vi: 'Địa bàn', en: 'Area', required: true, type: 'text', example: 'bac-kan', help: 'The area’s code: the series is <definition>@<area>.' },
];
// The templates' example rows are facts of the seed: importing a template as it is changes nothing.
const provenanceColumns = (quote: string): Column[] => [
  { field: 'source', vi: 'Nguồn', en: 'Source', required: true, type: 'text', example: 'bbk-2023-12-13-hoi-nghi-ktxh-2024', help: 'The source’s code (`sources { code }`); its text must be on file.', stores: ['sourceId', 'quoteId'] },
  { field: 'quote', vi: 'Trích dẫn', en: 'Quote', required: true, type: 'text', example: quote, help: 'The exact passage of the source that states it (white space may differ; nothing else).', stores: ['quoteId'] },
];

export const RESULTS: RecordKind = {
  name: 'results',
  vi: 'kết quả',
  columns: [
    ...seriesColumns,
    { field: 'period', vi: 'Kỳ', en: 'Period', required: true, type: 'text', example: '2023', help: 'The period’s code: 2024, 2024-h1, 2024-q3, 2024-9m, 2021-2025.' },
    { field: 'measure', vi: 'Loại số liệu', en: 'Measure', required: false, type: { enum: MEASURE }, example: 'LEVEL', help: 'LEVEL (the level reached; default) or CHANGE (an increase over the previous period).' },
    { field: 'bound', vi: 'Giới hạn', en: 'Bound', required: false, type: { enum: BOUND }, example: 'EXACT', help: 'EXACT (default), MORE_THAN ("trên"), AT_LEAST, LESS_THAN, AT_MOST.' },
    { field: 'value', vi: 'Giá trị', en: 'Value', required: false, type: 'number', example: '6,33', help: 'The figure, written as in Vietnamese (6,33; 8.500) or as the file’s locale writes it.' },
    { field: 'unit', vi: 'Đơn vị', en: 'Unit', required: true, type: 'text', example: 'percent', help: 'The unit’s code (`units { code }`), of the indicator’s dimension.', stores: ['unitId'] },
    { field: 'reliability', vi: 'Độ tin cậy', en: 'Reliability', required: true, type: { enum: RELIABILITY }, example: 'ước tính', help: 'ESTIMATE ("ước tính"), PRELIMINARY ("sơ bộ") or FINAL ("chính thức").' },
    { field: 'plan', vi: 'Kế hoạch', en: 'Plan', required: false, type: 'text', example: '', help: 'The plan it is reported against, of the same area, when stated.', stores: ['planId'] },
    { field: 'percentOfPlan', vi: '% kế hoạch', en: 'Percent of plan', required: false, type: 'number', example: '', help: 'The percentage of the plan reached, when the source states it (needs the plan).' },
    { field: 'yoyChangePercent', vi: '% so cùng kỳ', en: 'Year-on-year change %', required: false, type: 'number', example: '', help: 'The change on the same period a year earlier, in percent, when stated.' },
    { field: 'yoyFactor', vi: 'Gấp so cùng kỳ', en: 'Year-on-year factor', required: false, type: 'number', example: '', help: 'How many times the same period a year earlier ("gấp 1,5 lần"), when stated.' },
    { field: 'rankChange', vi: 'Thay đổi thứ hạng', en: 'Rank change', required: false, type: 'integer', example: '', help: 'Places moved up (positive) or down in a ranking, when stated.' },
    { field: 'reportedOn', vi: 'Ngày báo cáo', en: 'Reported on', required: false, type: 'date', example: '2023-12-13', help: 'The date the source reported it (YYYY-MM-DD or DD/MM/YYYY).' },
    { field: 'asOf', vi: 'Số liệu tính đến', en: 'As of', required: false, type: 'date', example: '2023-12-13', help: 'The date the figure stands at, when it is an estimate made before the period ended.' },
    ...provenanceColumns('Tốc độ tăng trưởng kinh tế năm 2023 ước đạt 6,33%'),
  ],
  unmapped: ['supersedesId'],
};

export const TARGETS: RecordKind = {
  name: 'targets',
  vi: 'chỉ tiêu',
  columns: [
    ...seriesColumns,
    { field: 'plan', vi: 'Kế hoạch', en: 'Plan', required: true, type: 'text', example: 'bac-kan-ktxh-2024', help: 'The plan that sets it, of the same area.' },
    { field: 'period', vi: 'Kỳ', en: 'Period', required: true, type: 'text', example: '2024', help: 'The period it is for.' },
    { field: 'kind', vi: 'Loại chỉ tiêu', en: 'Kind', required: false, type: { enum: TARGET_KIND }, example: 'LEVEL', help: 'LEVEL (default), INCREASE or RANK_CHANGE.' },
    { field: 'comparator', vi: 'So sánh', en: 'Comparator', required: true, type: { enum: COMPARATOR }, example: 'AT_LEAST', help: 'AT_LEAST (≥), AT_MOST (≤), EQUAL (=) or RANGE.' },
    { field: 'value', vi: 'Giá trị', en: 'Value', required: true, type: 'number', example: '8', help: 'The target value (the lower end of a range).' },
    { field: 'valueMax', vi: 'Giá trị tối đa', en: 'Maximum', required: false, type: 'number', example: '', help: 'The upper end, for a RANGE.' },
    { field: 'rangeKind', vi: 'Loại khoảng', en: 'Range kind', required: false, type: { enum: RANGE_KIND }, example: '', help: 'For a RANGE: OR_BETTER ("trở lên") or WITHIN.' },
    { field: 'unit', vi: 'Đơn vị', en: 'Unit', required: true, type: 'text', example: 'percent', help: 'The unit’s code, of the indicator’s dimension.', stores: ['unitId'] },
    { field: 'isMain', vi: 'Chỉ tiêu chủ yếu', en: 'Main', required: false, type: 'boolean', example: 'có', help: 'Whether it is one of the plan’s main targets: có/không, yes/no (default no).' },
    { field: 'adoptedOn', vi: 'Ngày thông qua', en: 'Adopted on', required: false, type: 'date', example: '', help: 'When it was adopted, when stated.' },
    ...provenanceColumns('Tăng trưởng kinh tế 8% trở lên'),
  ],
  unmapped: [],
  computed: [
    { field: 'status', vi: 'Trạng thái', en: 'Status' },
    { field: 'statusReason', vi: 'Lý do trạng thái', en: 'Status reason' },
    { field: 'achievementPercent', vi: '% hoàn thành', en: 'Achievement %' },
  ],
};

const SOURCE_KIND = {
  REPORT: ['báo cáo', 'report'],
  RESOLUTION: ['nghị quyết', 'resolution'],
  DECISION: ['quyết định', 'decision'],
  PLAN_DOCUMENT: ['kế hoạch', 'plan'],
  STATISTICAL_PUBLICATION: ['niên giám', 'niên giám thống kê', 'statistical publication'],
  NEWS_ARTICLE: ['bài báo', 'tin', 'news article'],
} as const;

/** Sources registered by the same file as the facts that quote them (read first, whatever the sheets' order). */
export const SOURCES: RecordKind = {
  name: 'sources',
  vi: 'nguồn',
  columns: [
    { field: 'code', vi: 'Mã nguồn', en: 'Source code', required: true, type: 'text', example: 'bbk-2023-12-13-hoi-nghi-ktxh-2024', help: 'A stable code, which the facts’ “Nguồn” column names.' },
    { field: 'kind', vi: 'Loại văn bản', en: 'Document kind', required: true, type: { enum: SOURCE_KIND }, example: 'NEWS_ARTICLE', help: 'REPORT ("báo cáo"), RESOLUTION ("nghị quyết"), DECISION, PLAN_DOCUMENT, STATISTICAL_PUBLICATION ("niên giám"), NEWS_ARTICLE ("bài báo").' },
    {
      field: 'title',
      vi: 'Tiêu đề',
      en: 'Title',
      required: true,
      type: 'text',
      example: 'Hội nghị trực tuyến toàn tỉnh triển khai kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, dự toán ngân sách nhà nước năm 2024',
      help: 'The document’s title.',
    },
    { field: 'publisherName', vi: 'Cơ quan ban hành', en: 'Publisher name', required: true, type: 'text', example: 'Báo Bắc Kạn', help: 'Who published it, as the document names them.' },
    { field: 'publisher', vi: 'Mã cơ quan', en: 'Publisher code', required: false, type: 'text', example: '', help: 'The publishing agency’s code, when PlanHub holds it.', stores: ['publisherId'] },
    { field: 'documentNumber', vi: 'Số hiệu', en: 'Document number', required: false, type: 'text', example: '', help: 'Its number (số hiệu), e.g. 15/NQ-HĐND.' },
    { field: 'publishedOn', vi: 'Ngày ban hành', en: 'Published on', required: true, type: 'text', example: '2023-12', help: 'When it was published, to the precision known: 2023, 2023-12 or 2023-12-13.', stores: ['publishedOn', 'datePrecision'] },
    { field: 'url', vi: 'Đường dẫn', en: 'URL', required: false, type: 'text', example: '', help: 'Where it can be read, a full web address.' },
    { field: 'language', vi: 'Ngôn ngữ', en: 'Language', required: false, type: 'text', example: 'vi', help: 'Its language code (default vi).' },
    // The example leaves the text to the planner: the seed's article is too long for an example.
    { field: 'text', vi: 'Nội dung', en: 'Text', required: true, type: 'text', example: '', help: 'The full text, against which every quote of it is checked (a cell holds up to 32,767 characters; longer texts go in JSON, or createSource).', verbatim: true },
  ],
  unmapped: [],
};

const SOLUTION_KIND = { SOLUTION: ['giải pháp', 'nhiệm vụ', 'solution'], DIRECTIVE: ['chỉ đạo', 'directive'] } as const;

export const SOLUTIONS: RecordKind = {
  name: 'solutions',
  vi: 'giải pháp',
  columns: [
    { field: 'code', vi: 'Mã giải pháp', en: 'Solution code', required: true, type: 'text', example: 'bac-kan-2024-solution-1', help: 'A stable code.' },
    { field: 'plan', vi: 'Kế hoạch', en: 'Plan', required: true, type: 'text', example: 'bac-kan-ktxh-2024', help: 'The plan it belongs to.', stores: ['planId'] },
    { field: 'kind', vi: 'Loại', en: 'Kind', required: false, type: { enum: SOLUTION_KIND }, example: 'SOLUTION', help: 'SOLUTION ("giải pháp", default) or DIRECTIVE ("chỉ đạo": a leader’s directive).' },
    { field: 'position', vi: 'Thứ tự', en: 'Position', required: true, type: 'integer', example: '1', help: 'Its place in the source’s list, from 1.' },
    { field: 'textVi', vi: 'Nội dung', en: 'Text (Vietnamese)', required: true, type: 'text', example: 'Tập trung chỉ đạo triển khai sản xuất nông nghiệp theo kế hoạch', help: 'What is to be done, in Vietnamese.' },
    { field: 'textEn', vi: 'Nội dung tiếng Anh', en: 'Text (English)', required: false, type: 'text', example: 'Focus on directing agricultural production according to plan', help: 'The same in English.' },
    { field: 'sector', vi: 'Lĩnh vực', en: 'Sector', required: false, type: 'text', example: 'agriculture', help: 'The sector’s code (`sectors { code }`).', stores: ['sectorId'] },
    { field: 'event', vi: 'Sự kiện', en: 'Event', required: false, type: 'text', example: 'bac-kan-2023-12-13-hoi-nghi-ktxh-2024', help: 'The code of the event that set it out (a conference), when the source names one.', stores: ['eventId'] },
    { field: 'issuedBy', vi: 'Người chỉ đạo', en: 'Issued by', required: false, type: 'text', example: '', help: 'The code of the person who issued a directive (`people { code }`), when the source names them.', stores: ['issuedById'] },
    ...provenanceColumns('Tập trung chỉ đạo triển khai sản xuất nông nghiệp theo kế hoạch'),
  ],
  unmapped: [],
};

const AGENCY_KIND = {
  PEOPLES_COMMITTEE: ['ủy ban nhân dân', 'ubnd', "people's committee"],
  PEOPLES_COUNCIL: ['hội đồng nhân dân', 'hđnd', "people's council"],
  PARTY_COMMITTEE: ['đảng ủy', 'tỉnh ủy', 'party committee'],
  NATIONAL_ASSEMBLY_DELEGATION: ['đoàn đbqh', 'national assembly delegation'],
  DEPARTMENT: ['sở', 'ban', 'phòng', 'bộ', 'department', 'ministry'],
  GROUP: ['nhóm', 'group'],
} as const;
const AGENCY_LEVEL = { CENTRAL: ['trung ương', 'central'], PROVINCE: ['tỉnh', 'province'], DISTRICT: ['huyện', 'district'], COMMUNE: ['xã', 'commune'], ALL_LEVELS: ['các cấp', 'all levels'] } as const;

export const AGENCIES: RecordKind = {
  name: 'agencies',
  vi: 'cơ quan',
  columns: [
    { field: 'code', vi: 'Mã cơ quan', en: 'Agency code', required: true, type: 'text', example: 'ubnd-bac-kan', help: 'A stable code.' },
    { field: 'kind', vi: 'Loại cơ quan', en: 'Kind', required: true, type: { enum: AGENCY_KIND }, example: 'PEOPLES_COMMITTEE', help: 'PEOPLES_COMMITTEE ("UBND"), PEOPLES_COUNCIL ("HĐND"), PARTY_COMMITTEE, NATIONAL_ASSEMBLY_DELEGATION, DEPARTMENT ("sở", "ban", "bộ"), GROUP.' },
    { field: 'level', vi: 'Cấp', en: 'Level', required: true, type: { enum: AGENCY_LEVEL }, example: 'PROVINCE', help: 'CENTRAL, PROVINCE ("tỉnh"), DISTRICT ("huyện"), COMMUNE ("xã"), ALL_LEVELS ("các cấp").' },
    { field: 'nameVi', vi: 'Tên', en: 'Name (Vietnamese)', required: true, type: 'text', example: 'Ủy ban nhân dân tỉnh Bắc Kạn', help: 'Its name in Vietnamese.' },
    { field: 'nameEn', vi: 'Tên tiếng Anh', en: 'Name (English)', required: false, type: 'text', example: "Bắc Kạn Provincial People's Committee", help: 'Its name in English.' },
    { field: 'abbreviation', vi: 'Viết tắt', en: 'Abbreviation', required: false, type: 'text', example: 'UBND tỉnh', help: 'Its abbreviation, when it has one.' },
    { field: 'area', vi: 'Địa bàn', en: 'Area', required: false, type: 'text', example: 'bac-kan', help: 'The area it serves; empty for a national agency (central level: admins only).', stores: ['areaId'] },
    { field: 'parent', vi: 'Trực thuộc', en: 'Parent', required: false, type: 'text', example: '', help: 'The code of the agency it belongs to.', stores: ['parentId'] },
    { field: 'validFrom', vi: 'Từ ngày', en: 'Valid from', required: false, type: 'date', example: '', help: 'Since when it exists, when known.' },
    { field: 'validTo', vi: 'Đến ngày', en: 'Valid to', required: false, type: 'date', example: '', help: 'Until when it existed, when it no longer does.' },
  ],
  unmapped: [],
};

const DIRECTION = { HIGHER_IS_BETTER: ['càng cao càng tốt', 'higher is better'], LOWER_IS_BETTER: ['càng thấp càng tốt', 'lower is better'], RANK: ['thứ hạng', 'xếp hạng', 'rank'] } as const;

/** The shared catalogue of indicator definitions, every province's: an admin's to add to and correct. */
export const DEFINITIONS: RecordKind = {
  name: 'definitions',
  vi: 'định nghĩa chỉ tiêu',
  columns: [
    { field: 'code', vi: 'Mã chỉ tiêu', en: 'Indicator code', required: true, type: 'text', example: 'economic-growth-rate', help: 'A stable code, shared by every province’s series of it.' },
    { field: 'nameVi', vi: 'Tên chỉ tiêu', en: 'Name (Vietnamese)', required: true, type: 'text', example: 'Tốc độ tăng trưởng kinh tế', help: 'Its name in Vietnamese.' },
    { field: 'nameEn', vi: 'Tên tiếng Anh', en: 'Name (English)', required: false, type: 'text', example: 'Economic growth rate', help: 'Its name in English.' },
    { field: 'descriptionVi', vi: 'Mô tả', en: 'Description (Vietnamese)', required: false, type: 'text', example: '', help: 'What it measures, in Vietnamese.' },
    { field: 'descriptionEn', vi: 'Mô tả tiếng Anh', en: 'Description (English)', required: false, type: 'text', example: '', help: 'The same in English.' },
    { field: 'sector', vi: 'Lĩnh vực', en: 'Sector', required: true, type: 'text', example: 'economy', help: 'The sector’s code (`sectors { code }`).', stores: ['sectorId'] },
    { field: 'direction', vi: 'Chiều tốt', en: 'Direction', required: true, type: { enum: DIRECTION }, example: 'HIGHER_IS_BETTER', help: 'HIGHER_IS_BETTER ("càng cao càng tốt"), LOWER_IS_BETTER ("càng thấp càng tốt") or RANK ("thứ hạng").' },
    { field: 'dimension', vi: 'Thứ nguyên', en: 'Dimension', required: true, type: 'text', example: 'PERCENT', help: 'What its figures measure: a unit dimension (`units { dimension }`), such as PERCENT or CURRENCY_VND.' },
    { field: 'nationalCode', vi: 'Mã thống kê quốc gia', en: 'National code', required: false, type: 'text', example: '', help: 'Its code in the national statistical indicator system, when known.' },
  ],
  unmapped: [],
};

/** People the sources name, by a stable code; their offices say where and when. */
export const PEOPLE: RecordKind = {
  name: 'people',
  vi: 'cá nhân',
  columns: [
    { field: 'code', vi: 'Mã cá nhân', en: 'Person code', required: true, type: 'text', example: 'hoang-duy-chinh', help: 'A stable code, which offices’ “Mã cá nhân” column names.' },
    { field: 'fullName', vi: 'Họ và tên', en: 'Full name', required: true, type: 'text', example: 'Hoàng Duy Chinh', help: 'The name as the sources give it (another name for one on file is an admin’s correction).' },
  ],
  unmapped: [],
};

const OFFICE_ROLE = {
  STANDING_DEPUTY_SECRETARY: ['phó bí thư thường trực', 'standing deputy secretary'],
  DEPUTY_SECRETARY: ['phó bí thư', 'deputy secretary'],
  SECRETARY: ['bí thư', 'secretary'],
  CHAIR: ['chủ tịch', 'chair'],
  HEAD: ['trưởng', 'giám đốc', 'trưởng đoàn', 'head'],
  MEMBER: ['ủy viên', 'uỷ viên', 'thành viên', 'member'],
} as const;

/** Offices people hold in agencies, as a source shows them on a date: who holds responsibility. */
export const OFFICES: RecordKind = {
  name: 'offices',
  vi: 'chức vụ',
  columns: [
    { field: 'person', vi: 'Mã cá nhân', en: 'Person code', required: true, type: 'text', example: 'hoang-duy-chinh', help: 'The person’s code (`people` sheet, or on file).', stores: ['personId'] },
    { field: 'agency', vi: 'Mã cơ quan', en: 'Agency code', required: true, type: 'text', example: 'tinh-uy-bac-kan', help: 'The agency’s code.', stores: ['agencyId'] },
    { field: 'role', vi: 'Vai trò', en: 'Role', required: true, type: { enum: OFFICE_ROLE }, example: 'SECRETARY', help: 'SECRETARY ("bí thư"), STANDING_DEPUTY_SECRETARY, DEPUTY_SECRETARY, CHAIR ("chủ tịch"), HEAD ("trưởng", "giám đốc") or MEMBER ("ủy viên").' },
    { field: 'titleVi', vi: 'Chức danh', en: 'Title (Vietnamese)', required: true, type: 'text', example: 'Bí thư Tỉnh ủy', help: 'The title as the source writes it.' },
    { field: 'titleEn', vi: 'Chức danh tiếng Anh', en: 'Title (English)', required: false, type: 'text', example: 'Secretary of the Provincial Party Committee', help: 'The same in English.' },
    { field: 'startDate', vi: 'Từ ngày', en: 'Start date', required: false, type: 'date', example: '', help: 'When the person took office, when stated.' },
    { field: 'endDate', vi: 'Đến ngày', en: 'End date', required: false, type: 'date', example: '', help: 'When they left it, when stated.' },
    { field: 'attestedOn', vi: 'Ngày ghi nhận', en: 'Attested on', required: true, type: 'date', example: '2023-12-13', help: 'The date the source shows them in office.' },
    ...provenanceColumns('Hoàng Duy Chinh, Uỷ viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Bắc Kạn'),
  ],
  unmapped: [],
};

const PLAN_KIND = {
  ANNUAL_SOCIO_ECONOMIC: ['kế hoạch năm', 'kế hoạch phát triển kinh tế - xã hội năm', 'annual'],
  FIVE_YEAR_SOCIO_ECONOMIC: ['kế hoạch 5 năm', 'kế hoạch năm năm', 'five-year'],
  MASTER_PLAN: ['quy hoạch', 'quy hoạch tỉnh', 'master plan'],
} as const;

/** An area's plans, which its targets are set by: what a province loads before its targets. */
export const PLANS: RecordKind = {
  name: 'plans',
  vi: 'kế hoạch',
  columns: [
    { field: 'code', vi: 'Mã kế hoạch', en: 'Plan code', required: true, type: 'text', example: 'bac-kan-ktxh-2024', help: 'A stable code, which targets’ “Kế hoạch” column names.' },
    { field: 'kind', vi: 'Loại kế hoạch', en: 'Kind', required: true, type: { enum: PLAN_KIND }, example: 'ANNUAL_SOCIO_ECONOMIC', help: 'ANNUAL_SOCIO_ECONOMIC ("kế hoạch năm"), FIVE_YEAR_SOCIO_ECONOMIC ("kế hoạch 5 năm") or MASTER_PLAN ("quy hoạch").' },
    { field: 'area', vi: 'Địa bàn', en: 'Area', required: true, type: 'text', example: 'bac-kan', help: 'The area whose plan it is.', stores: ['areaId', 'level'] },
    { field: 'period', vi: 'Kỳ', en: 'Period', required: true, type: 'text', example: '2024', help: 'The period it covers: 2024, 2021-2025.', stores: ['periodId'] },
    { field: 'titleVi', vi: 'Tên', en: 'Title (Vietnamese)', required: true, type: 'text', example: 'Kế hoạch phát triển kinh tế - xã hội năm 2024', help: 'Its title in Vietnamese.' },
    { field: 'titleEn', vi: 'Tên tiếng Anh', en: 'Title (English)', required: false, type: 'text', example: '2024 socio-economic development plan', help: 'Its title in English.' },
    { field: 'parent', vi: 'Thực hiện kế hoạch', en: 'Implements', required: false, type: 'text', example: '', help: 'The code of the plan of the same area it implements (a year’s plan of the five-year plan).', stores: ['parentId'] },
  ],
  unmapped: ['status', 'statusQuoteId', 'adoptedById'],
};

/** An area's series of a shared indicator definition, in its usual unit: what its targets and results are of. */
export const SERIES: RecordKind = {
  name: 'series',
  vi: 'chuỗi chỉ tiêu',
  columns: [
    ...seriesColumns.map((c) => ({ ...c, stores: c.field === 'definition' ? ['definitionId'] : ['areaId'] })),
    { field: 'unit', vi: 'Đơn vị', en: 'Unit', required: true, type: 'text', example: 'percent', help: 'The unit its figures are usually stated in (`units { code }`), of the definition’s dimension.', stores: ['unitId'] },
  ],
  unmapped: [],
};

const EVENT_KIND = { CONFERENCE: ['hội nghị', 'conference'] } as const;

/** Dated events of an area, such as the conference that set out a plan; who took part is a sheet of its own. */
export const EVENTS: RecordKind = {
  name: 'events',
  vi: 'sự kiện',
  columns: [
    { field: 'code', vi: 'Mã sự kiện', en: 'Event code', required: true, type: 'text', example: 'bac-kan-2023-12-13-hoi-nghi-ktxh-2024', help: 'A stable code, which solutions’ “Sự kiện” and participants’ “Mã sự kiện” columns name.' },
    { field: 'kind', vi: 'Loại sự kiện', en: 'Kind', required: true, type: { enum: EVENT_KIND }, example: 'CONFERENCE', help: 'CONFERENCE ("hội nghị").' },
    {
      field: 'titleVi',
      vi: 'Tên',
      en: 'Title (Vietnamese)',
      required: true,
      type: 'text',
      example: 'Hội nghị trực tuyến toàn tỉnh triển khai kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, dự toán ngân sách nhà nước năm 2024',
      help: 'Its title in Vietnamese.',
    },
    {
      field: 'titleEn',
      vi: 'Tên tiếng Anh',
      en: 'Title (English)',
      required: false,
      type: 'text',
      example: 'Province-wide online conference rolling out the 2024 plan for socio-economic development and ensuring national defence and security, and the 2024 state budget estimate',
      help: 'Its title in English.',
    },
    { field: 'date', vi: 'Ngày', en: 'Date', required: true, type: 'date', example: '2023-12-13', help: 'The day it took place.' },
    { field: 'area', vi: 'Địa bàn', en: 'Area', required: true, type: 'text', example: 'bac-kan', help: 'The area it belongs to.', stores: ['areaId'] },
    { field: 'organizer', vi: 'Cơ quan tổ chức', en: 'Organizer', required: false, type: 'text', example: 'ubnd-bac-kan', help: 'The code of the agency that held it.', stores: ['organizerId'] },
    { field: 'plan', vi: 'Kế hoạch', en: 'Plan', required: false, type: 'text', example: 'bac-kan-ktxh-2024', help: 'The plan it was about, of the same area.', stores: ['planId'] },
    ...provenanceColumns('Chiều 13/12, UBND tỉnh tổ chức Hội nghị trực tuyến toàn tỉnh triển khai kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, dự toán ngân sách nhà nước năm 2024'),
  ],
  unmapped: [],
};

/** Who took part in an event, in the part the source gives them. */
export const PARTICIPANTS: RecordKind = {
  name: 'event-participants',
  vi: 'người tham dự',
  columns: [
    { field: 'event', vi: 'Mã sự kiện', en: 'Event code', required: true, type: 'text', example: 'bac-kan-2023-12-13-hoi-nghi-ktxh-2024', help: 'The event’s code.', stores: ['eventId'] },
    { field: 'person', vi: 'Mã cá nhân', en: 'Person code', required: true, type: 'text', example: 'hoang-duy-chinh', help: 'The person’s code.', stores: ['personId'] },
    { field: 'roleVi', vi: 'Vai trò', en: 'Part (Vietnamese)', required: true, type: 'text', example: 'dự và chỉ đạo hội nghị', help: 'The part they took, as the source says it.' },
    { field: 'roleEn', vi: 'Vai trò tiếng Anh', en: 'Part (English)', required: false, type: 'text', example: 'attended and directed the conference', help: 'The same in English.' },
    ...provenanceColumns(
      'Các đồng chí: Hoàng Duy Chinh, Uỷ viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Bắc Kạn; Phương Thị Thanh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Nguyễn Đăng Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị',
    ),
  ],
  unmapped: [],
};

const ASSIGNMENT_ROLE = { LEAD: ['chủ trì', 'lead'], COORDINATE: ['phối hợp', 'coordinate'], IMPLEMENT: ['thực hiện', 'triển khai', 'implement'] } as const;

/** Who is responsible for a solution or an indicator: one row per agency and role. */
export const ASSIGNMENTS: RecordKind = {
  name: 'assignments',
  vi: 'phân công',
  columns: [
    { field: 'agency', vi: 'Mã cơ quan', en: 'Agency code', required: true, type: 'text', example: 'group-party-committees-authorities-heads', help: 'The responsible agency’s code (`agencies { code }`), of the same area.', stores: ['agencyId'] },
    { field: 'solution', vi: 'Mã giải pháp', en: 'Solution code', required: false, type: 'text', example: 'bac-kan-2024-directive-chinh-1', help: 'The solution it is responsible for (this, or an indicator).', stores: ['solutionId'] },
    { field: 'definition', vi: 'Mã chỉ tiêu', en: 'Indicator code', required: false, type: 'text', example: '', help: 'The indicator it is responsible for (this and the area, or a solution).', stores: ['indicatorId'] },
    { field: 'area', vi: 'Địa bàn', en: 'Area', required: false, type: 'text', example: '', help: 'The indicator’s area code, with the indicator code.', stores: ['indicatorId'] },
    { field: 'role', vi: 'Vai trò', en: 'Role', required: true, type: { enum: ASSIGNMENT_ROLE }, example: 'IMPLEMENT', help: 'LEAD ("chủ trì"), COORDINATE ("phối hợp") or IMPLEMENT ("thực hiện").' },
    { field: 'plan', vi: 'Kế hoạch', en: 'Plan', required: false, type: 'text', example: 'bac-kan-ktxh-2024', help: 'The plan the responsibility is part of.', stores: ['planId'] },
    { field: 'period', vi: 'Kỳ', en: 'Period', required: false, type: 'text', example: '', help: 'The period it holds for, where it is not a plan’s.', stores: ['periodId'] },
    ...provenanceColumns('đồng chí Bí thư Tỉnh ủy đề nghị: Cấp uỷ đảng, chính quyền, ban, ngành, đoàn thể và người đứng đầu các cơ quan, đơn vị'),
  ],
  unmapped: [],
};

const LINK_BASIS = { SOURCE_STATED: ['nguồn nêu', 'theo nguồn', 'source stated'], EDITORIAL: ['biên tập', 'editorial'] } as const;

/** Which indicators a solution bears on: stated by the source, or an editor's link with its rationale. */
export const LINKS: RecordKind = {
  name: 'solution-links',
  vi: 'liên kết giải pháp',
  columns: [
    { field: 'solution', vi: 'Mã giải pháp', en: 'Solution code', required: true, type: 'text', example: 'bac-kan-2024-solution-1', help: 'The solution’s code.', stores: ['solutionId'] },
    ...seriesColumns.map((c) => (c.field === 'definition' ? { ...c, example: 'growth-agriculture-forestry-fisheries' } : c)).map((c) => ({ ...c, stores: ['indicatorId'] })),
    { field: 'basis', vi: 'Căn cứ', en: 'Basis', required: true, type: { enum: LINK_BASIS }, example: 'EDITORIAL', help: 'SOURCE_STATED ("nguồn nêu": the source ties them) or EDITORIAL ("biên tập": an editor does, with a rationale).' },
    {
      field: 'rationale',
      vi: 'Lý do',
      en: 'Rationale',
      required: true,
      type: 'text',
      example: 'Directing agricultural production to plan acts directly on the output of agriculture, forestry and fisheries, whose growth this indicator measures.',
      help: 'Why the solution bears on the indicator, in a sentence a reader can weigh.',
    },
  ],
  unmapped: [],
};

// In the order an import writes them: agencies first (a source's publisher may be one), then
// the sources the facts quote, the catalogue's definitions, people and their offices, the plans and series facts are
// of, events and who took part, the facts, and last what names solutions.
export const KINDS: readonly RecordKind[] = [AGENCIES, SOURCES, DEFINITIONS, PEOPLE, OFFICES, PLANS, SERIES, EVENTS, PARTICIPANTS, RESULTS, TARGETS, SOLUTIONS, ASSIGNMENTS, LINKS];

/** A header, sheet name or enum word as compared: trimmed, case and diacritics ignored. */
export const normalise = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

/** The kind a name (a URL's, a CLI's, a sheet's) names, in English or Vietnamese. */
export function kindNamed(name: string): RecordKind | undefined {
  const n = normalise(name);
  return KINDS.find((k) => normalise(k.name) === n || normalise(k.vi) === n);
}

/** The sheet of notes a template carries (`Hướng dẫn`), which an import passes over. */
export const NOTES_SHEET = 'Hướng dẫn';
export const isNotesSheet = (name: string) => ['huong dan', 'instructions', 'notes'].includes(normalise(name));

/** The column a header names, by its Vietnamese or English header or its field name. */
export function columnNamed(kind: RecordKind, header: string): Column | undefined {
  const n = normalise(header);
  // A field's own name first: JSON files and exports in English name fields exactly.
  return kind.columns.find((c) => normalise(c.field) === n) ?? kind.columns.find((c) => [c.vi, c.en, headerOf(c)].some((name) => normalise(name) === n));
}

/** A column's header in the templates: both languages, `Giá trị (Value)`; either alone is accepted too. */
export const headerOf = (c: Header) => `${c.vi} (${c.en})`;

/** Whether a header names one of the columns an export computes (which an import passes over). */
export const isComputedColumn = (kind: RecordKind, header: string) => {
  const n = normalise(header);
  return (kind.computed ?? []).some((c) => [c.field, c.vi, c.en, headerOf(c)].some((name) => normalise(name) === n));
};

const codesByWord = new WeakMap<Record<string, readonly string[]>, Map<string, string>>();

/** The enum code a cell's word names, if any (its words normalised once, not per cell). */
export function enumCode(values: Record<string, readonly string[]>, word: string): string | undefined {
  let byWord = codesByWord.get(values);
  if (!byWord) {
    byWord = new Map();
    // Set from the last code to the first, so a word two codes share names the first, as a search in order would.
    for (const [code, words] of Object.entries(values).reverse()) for (const w of [code, ...words]) byWord.set(normalise(w), code);
    codesByWord.set(values, byWord);
  }
  return byWord.get(normalise(word));
}
