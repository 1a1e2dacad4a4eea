import { builder } from '../../builder.ts';
import { LIST_CAP } from '../../limits/cost.ts';
import { DirectionEnum, LanguageEnum } from '../common/enums.ts';
import { localized } from '../common/localized.ts';
import { referenceField } from '../common/reference-field.ts';
import { SectorRef } from '../common/sector.ts';

// What is measured, as a concept every area shares (the catalogue): economic growth
// rate is one definition; each province's figures of it are a series (Indicator).

export const IndicatorDefinitionRef = builder.prismaNode('IndicatorDefinition', {
  description:
    "What is measured, as a concept shared by every area (a catalogue entry): one definition (economic growth rate) has a series of figures in each area that measures it (`series`). Compare areas with `compareIndicator`.",
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, the same in every area: `economic-growth-rate`.' }),
    name: t.field(localized('Name in the chosen language.', (d) => d.nameVi, (d) => d.nameEn)),
    nameVi: t.exposeString('nameVi', { description: 'Name in Vietnamese, the source language.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Name in English, when known.' }),
    description: t.string({
      nullable: true,
      description: 'What it measures, in the chosen language; null when none is recorded.',
      args: { lang: t.arg({ type: LanguageEnum, required: false, description: 'Language; as for `name`.' }) },
      resolve: (d, args, ctx) => ((args.lang ?? ctx.lang) === 'en' ? d.descriptionEn : null) ?? d.descriptionVi,
    }),
    direction: t.expose('direction', { type: DirectionEnum, description: 'Which way it improves: how areas rank in a comparison.' }),
    dimension: t.exposeString('dimension', {
      description: 'What its figures measure (a unit dimension: PERCENT, CURRENCY_VND, …): figures in units of this dimension compare.',
    }),
    nationalCode: t.exposeString('nationalCode', {
      nullable: true,
      description: "Its code in the national statistical indicator system (hệ thống chỉ tiêu thống kê quốc gia), where it has one.",
    }),
    sector: t.field(referenceField(SectorRef, 'sector', 'sectorId', 'The sector or theme it belongs to.')),
    series: t.relation('series', {
      description: `Its series: one per area that measures it, by area code (retired ones left out); at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null }, orderBy: [{ area: { key: 'asc' } }, { id: 'asc' }], take: LIST_CAP },
    }),
  }),
});
