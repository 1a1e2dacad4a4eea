import { builder } from '../../builder.ts';
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
