import { builder } from '../../builder.ts';
import { LevelEnum } from './enums.ts';
import { localized } from './localized.ts';

export const AreaRef = builder.prismaNode('Area', {
  description: 'An administrative area: a province, district or commune.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, e.g. `bac-kan`.' }),
    level: t.expose('level', { type: LevelEnum, description: 'Administrative level.' }),
    name: t.field(localized('Name in the chosen language.', (a) => a.nameVi, (a) => a.nameEn)),
    nameVi: t.exposeString('nameVi', { description: 'Name in Vietnamese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Name in English, when known.' }),
    parent: t.relation('parent', { nullable: true, description: 'The area this one lies in.' }),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true, description: 'First day the area existed as such, when known.' }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true, description: 'Last day, when it was merged or renamed; null while current or unknown.' }),
  }),
});
