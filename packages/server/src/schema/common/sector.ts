import { builder } from '../../builder.ts';
import { localized } from './localized.ts';

export const SectorRef = builder.prismaNode('Sector', {
  description: 'A sector or theme that indicators and solutions belong to.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, e.g. `agriculture`.' }),
    name: t.field(localized('Name in the chosen language.', (s) => s.nameVi, (s) => s.nameEn)),
    nameVi: t.exposeString('nameVi', { description: 'Name in Vietnamese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Name in English, when known.' }),
    parent: t.relation('parent', { nullable: true, description: 'The broader sector, if any.' }),
  }),
});
