import { builder } from '../../builder.ts';
import { AreaLevelEnum } from './enums.ts';
import { LIST_CAP } from '../../limits/cost.ts';
import { localized } from './localized.ts';
import './succession.ts';

export const AreaRef = builder.prismaNode('Area', {
  description: 'An administrative area: a province, district or commune.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, e.g. `bac-kan`.' }),
    level: t.expose('level', { type: AreaLevelEnum, description: 'Administrative level.' }),
    name: t.field(localized('Name in the chosen language.', (a) => a.nameVi, (a) => a.nameEn)),
    nameVi: t.exposeString('nameVi', { description: 'Name in Vietnamese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Name in English, when known.' }),
    parent: t.relation('parent', { nullable: true, description: 'The area this one lies in.' }),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true, description: 'First day the area existed as such, when known.' }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true, description: 'Last day, when it was merged or renamed; null while current or unknown.' }),
    successors: t.relation('successors', {
      description: `The areas that continue this one (it merged into, split into or was renamed to them), earliest first; at most ${LIST_CAP}.`,
      query: { orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }], take: LIST_CAP },
    }),
    predecessors: t.relation('predecessors', {
      description: `The areas this one continues (merged into it, split into it, renamed to it), earliest first; at most ${LIST_CAP}.`,
      query: { orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }], take: LIST_CAP },
    }),
  }),
});
