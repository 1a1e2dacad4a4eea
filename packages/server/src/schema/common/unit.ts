import { builder } from '../../builder.ts';
import { PeriodKindEnum } from './enums.ts';
import { localized } from './localized.ts';

export const UnitRef = builder.prismaObject('Unit', {
  description: 'A unit of measure. Amounts keep the unit the source states them in; `multiplier` compares like with like.',
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, e.g. `BILLION_VND`, `PERCENT`, `HECTARE`.' }),
    label: t.field(localized('Label in the chosen language, e.g. "tỷ đồng" / "billion VND".', (u) => u.labelVi, (u) => u.labelEn)),
    labelVi: t.exposeString('labelVi', { description: 'Label in Vietnamese.' }),
    labelEn: t.exposeString('labelEn', { nullable: true, description: 'Label in English, when known.' }),
    symbol: t.exposeString('symbol', { nullable: true, description: 'Short symbol, e.g. `%`, `ha`.' }),
    dimension: t.exposeString('dimension', {
      description: 'What the unit measures, e.g. `CURRENCY_VND`, `AREA`, `PERCENT`. Units of one dimension compare.',
    }),
    multiplier: t.exposeFloat('multiplier', {
      description: "Factor to the dimension's base unit: 1 billion VND = 1e9 VND.",
    }),
  }),
});

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
