import { builder } from '../../builder.ts';
import { PeriodKindEnum } from './enums.ts';

export const PeriodRef = builder.prismaObject('Period', {
  description: 'A span of time: a year, a five-year term, or a master-plan horizon.',
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code: `2024`, `2021-2025`, `2021-2030`.' }),
    kind: t.expose('kind', { type: PeriodKindEnum, description: 'Year, five-year term or planning horizon.' }),
    startYear: t.exposeInt('startYear', { description: 'First year of the period.' }),
    endYear: t.exposeInt('endYear', { description: 'Last year of the period.' }),
    visionYear: t.exposeInt('visionYear', { nullable: true, description: 'The year a master plan looks to ("tầm nhìn đến năm 2050").' }),
    label: t.string({
      description: 'Human-readable label: "2024", "2021–2025", "2021–2030, vision 2050".',
      resolve: (p) => {
        const span = p.startYear === p.endYear ? `${p.startYear}` : `${p.startYear}–${p.endYear}`;
        return p.visionYear ? `${span}, vision ${p.visionYear}` : span;
      },
    }),
  }),
});
