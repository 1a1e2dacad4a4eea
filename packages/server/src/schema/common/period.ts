import { builder } from '../../builder.ts';
import { PeriodKindEnum } from './enums.ts';

export const PeriodRef = builder.prismaObject('Period', {
  description: 'A span of time: a year, part of a year (half-year, nine months, quarter), a five-year term, or a master-plan horizon.',
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code: `2024`, `2024-h1`, `2024-9m`, `2024-q3`, `2021-2025`, `2021-2030`.' }),
    kind: t.expose('kind', { type: PeriodKindEnum, description: 'Year, part of a year, five-year term or planning horizon.' }),
    startYear: t.exposeInt('startYear', { description: 'First year of the period.' }),
    startMonth: t.exposeInt('startMonth', { description: 'First month of the period (1–12): 1 for a year, 7 for the second half-year.' }),
    endYear: t.exposeInt('endYear', { description: 'Last year of the period.' }),
    endMonth: t.exposeInt('endMonth', { description: 'Last month of the period (1–12): 12 for a year, 9 for nine months.' }),
    visionYear: t.exposeInt('visionYear', { nullable: true, description: 'The year a master plan looks to ("tầm nhìn đến năm 2050").' }),
    label: t.string({
      description: 'Human-readable label: "2024", "2024 H1", "2024, 9 months", "2024 Q3", "2021–2025", "2021–2030, vision 2050".',
      resolve: (p) => {
        const span = p.startYear === p.endYear ? `${p.startYear}` : `${p.startYear}–${p.endYear}`;
        const part =
          p.kind === 'HALF_YEAR' ? ` H${p.startMonth <= 6 ? 1 : 2}` : p.kind === 'QUARTER' ? ` Q${Math.ceil(p.startMonth / 3)}` : p.kind === 'NINE_MONTHS' ? ', 9 months' : '';
        return p.visionYear ? `${span}${part}, vision ${p.visionYear}` : `${span}${part}`;
      },
    }),
  }),
});
