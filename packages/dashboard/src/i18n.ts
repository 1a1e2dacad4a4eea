import type { Lang } from '@planhub/sdk';

// The dashboard's own words in both languages; the data's names come from PlanHub in
// the language asked for (the SDK's `lang`).

const words = {
  vi: {
    title: 'Kế hoạch phát triển kinh tế – xã hội tỉnh Bắc Kạn',
    nav: 'Các trang',
    plan: 'Tổng quan kế hoạch',
    targets: 'Mục tiêu 2024',
    results: 'Kết quả 2023',
    compare: 'So sánh các tỉnh',
    stats: 'Thống kê theo lĩnh vực',
    language: 'Ngôn ngữ',
    search: 'Tìm kiếm',
    searchPlaceholder: 'Ví dụ: tang truong',
    searchResults: 'Kết quả tìm kiếm',
    noHits: 'Không tìm thấy.',
    loading: 'Đang tải…',
    error: 'Lỗi',
    retry: 'Thử lại',
    indicator: 'Chỉ tiêu',
    target: 'Mục tiêu',
    status: 'Tình trạng',
    source: 'Nguồn',
    value: 'Giá trị',
    reliability: 'Độ tin cậy',
    percentOfPlan: '% kế hoạch',
    area: 'Địa bàn',
    rank: 'Hạng',
    change: 'Thay đổi so với năm trước',
    definition: 'Chỉ tiêu so sánh',
    sector: 'Lĩnh vực',
    count: 'Số mục tiêu',
    averageAchievement: 'Mức đạt trung bình',
    noFigure: 'Chưa có số liệu',
    targetsCaption: (n: number) => `${n} mục tiêu của kế hoạch năm 2024, với tình trạng do PlanHub tính và đoạn trích nguồn.`,
    resultsCaption: (n: number) => `${n} chỉ tiêu có số liệu năm 2023, với số liệu hiện hành và đoạn trích nguồn.`,
    compareCaption: 'Số liệu hiện hành năm 2023 của các tỉnh, xếp hạng theo chiều tốt lên của chỉ tiêu.',
    statsCaption: 'Các mục tiêu năm 2024 của mọi tỉnh, theo lĩnh vực và tình trạng.',
    choosePlan: 'Kế hoạch',
    computed: 'Tình trạng mục tiêu do PlanHub tính từ mục tiêu và kết quả đã ghi nhận',
    stated: 'Đánh giá do nguồn nêu (không gộp với số PlanHub tính)',
    noStated: 'Nguồn không nêu đánh giá nào.',
    statusChart: (counts: string) => `Biểu đồ cột: số mục tiêu theo tình trạng: ${counts}.`,
    readInSource: 'Xem trong văn bản nguồn',
    sourceText: 'Văn bản nguồn',
    back: 'Quay lại',
    timeSeries: 'Số liệu theo năm',
    seriesChart: (name: string) => `Biểu đồ: ${name} theo kỳ, với mục tiêu là đường ngang hoặc dải.`,
    estimate: 'ước tính (chấm rỗng)',
    final: 'chính thức (chấm đặc)',
    revisions: 'Các lần báo cáo khác của kỳ',
    noRevisions: 'Không có lần báo cáo nào khác.',
    period: 'Kỳ',
    targetsOfSeries: 'Mục tiêu',
  },
  en: {
    title: 'Bắc Kạn province: socio-economic development plan',
    nav: 'Pages',
    plan: 'Plan overview',
    targets: '2024 targets',
    results: '2023 results',
    compare: 'Provinces compared',
    stats: 'Statistics by sector',
    language: 'Language',
    search: 'Search',
    searchPlaceholder: 'e.g. tang truong',
    searchResults: 'Search results',
    noHits: 'Nothing found.',
    loading: 'Loading…',
    error: 'Error',
    retry: 'Try again',
    indicator: 'Indicator',
    target: 'Target',
    status: 'Status',
    source: 'Source',
    value: 'Value',
    reliability: 'Reliability',
    percentOfPlan: '% of plan',
    area: 'Area',
    rank: 'Rank',
    change: 'Change from the year before',
    definition: 'Indicator compared',
    sector: 'Sector',
    count: 'Targets',
    averageAchievement: 'Average achievement',
    noFigure: 'No figure yet',
    targetsCaption: (n: number) => `The 2024 plan's ${n} targets, with the status PlanHub computes and the quoted source.`,
    resultsCaption: (n: number) => `${n} indicators with 2023 figures: the current figure of each, and the quoted source.`,
    compareCaption: "Each province's current 2023 figure, ranked in the indicator's better direction.",
    statsCaption: "Every province's 2024 targets, by sector and status.",
    choosePlan: 'Plan',
    computed: 'Target status computed by PlanHub from the recorded targets and results',
    stated: 'Assessments the sources state (never merged with what PlanHub computes)',
    noStated: 'The sources state no assessment.',
    statusChart: (counts: string) => `Bar chart: targets by status: ${counts}.`,
    readInSource: 'Read it in the source',
    sourceText: 'Source text',
    back: 'Back',
    timeSeries: 'Figures by period',
    seriesChart: (name: string) => `Chart: ${name} by period, with the targets as lines or bands.`,
    estimate: 'estimate (hollow dot)',
    final: 'final (filled dot)',
    revisions: "The period's other reports",
    noRevisions: 'No other report.',
    period: 'Period',
    targetsOfSeries: 'Targets',
  },
} as const;

export type Words = (typeof words)['vi'] | (typeof words)['en'];

export const wordsFor = (lang: Lang): Words => words[lang];

const STATUS = {
  vi: { MET: 'Đạt', NOT_MET: 'Không đạt', ON_TRACK: 'Đúng hướng', OFF_TRACK: 'Chệch hướng', NO_DATA: 'Chưa có số liệu' },
  en: { MET: 'Met', NOT_MET: 'Not met', ON_TRACK: 'On track', OFF_TRACK: 'Off track', NO_DATA: 'No data yet' },
} as const;

export type Status = keyof (typeof STATUS)['vi'];
export const STATUSES = Object.keys(STATUS.vi) as Status[];
export const statusLabel = (lang: Lang, status: Status): string => STATUS[lang][status];

const RELIABILITY = {
  vi: { ESTIMATE: 'Ước tính', PRELIMINARY: 'Sơ bộ', FINAL: 'Chính thức' },
  en: { ESTIMATE: 'Estimate', PRELIMINARY: 'Preliminary', FINAL: 'Final' },
} as const;

export const reliabilityLabel = (lang: Lang, r: keyof (typeof RELIABILITY)['vi']): string => RELIABILITY[lang][r];

const KIND = {
  vi: { Indicator: 'Chỉ tiêu', Solution: 'Giải pháp', Agency: 'Cơ quan' },
  en: { Indicator: 'Indicator', Solution: 'Solution', Agency: 'Agency' },
} as const;

/** What a search hit is, in words. */
export const kindLabel = (lang: Lang, kind: keyof (typeof KIND)['vi']): string => KIND[lang][kind];

const COMPARATOR = { AT_LEAST: '≥', AT_MOST: '≤', EQUAL: '=', RANGE: '' } as const;
export const comparatorSymbol = (c: keyof typeof COMPARATOR): string => COMPARATOR[c];

/** Numbers as each language writes them: 6,33 in Vietnamese, 6.33 in English. */
export function formatNumber(lang: Lang, n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}
