import { builder } from '../../builder.ts';
import { LIST_CAP } from '../../limits/cost.ts';
import { optionalReferenceField, referenceField } from '../common/reference-field.ts';
import { SectorRef } from '../common/sector.ts';
import { PlanRef } from '../plan/plan.ts';
import { LinkBasisEnum, SolutionKindEnum } from '../common/enums.ts';
import { localized } from '../common/localized.ts';

export const SolutionRef = builder.prismaNode('Solution', {
  description: 'What will be done: a solution a plan or conference sets out, or a leader’s directive.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: SolutionKindEnum, description: 'A solution, or a directive by a named leader.' }),
    text: t.field(localized('The solution in the chosen language.', (s) => s.textVi, (s) => s.textEn)),
    textVi: t.exposeString('textVi', { description: 'The solution in Vietnamese, as the source words it.' }),
    textEn: t.exposeString('textEn', { nullable: true, description: 'English translation, when available.' }),
    sector: t.field(optionalReferenceField(SectorRef, 'sector', 'sectorId', 'The sector or theme, when clear.')),
    plan: t.field(referenceField(PlanRef, 'plan', 'planId', 'The plan it serves.')),
    event: t.relation('event', { nullable: true, description: 'The event where it was set out, if any.' }),
    issuedBy: t.relation('issuedBy', { nullable: true, description: 'Who issued a directive, when the source names them.' }),
    position: t.exposeInt('position', { description: 'Order within its source passage (1 = first).' }),
    indicatorLinks: t.relation('indicators', {
      description: `Indicators the solution bears on, each with the basis of the link; at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null }, orderBy: { indicatorId: 'asc' }, take: LIST_CAP },
    }),
    assignments: t.relation('assignments', {
      description: `Agencies responsible for the solution, with their role; at most ${LIST_CAP}. Empty where the source names none.`,
      query: { where: { retiredAt: null }, orderBy: { id: 'asc' }, take: LIST_CAP },
    }),
    provenance: t.relation('quote', { description: 'The passage that states it, and its source.' }),
  }),
});

export const SolutionLinkRef = builder.prismaObject('SolutionIndicator', {
  name: 'SolutionIndicatorLink',
  description: 'A link between a solution and an indicator, with why it exists.',
  fields: (t) => ({
    solution: t.relation('solution', { description: 'The solution.' }),
    indicator: t.relation('indicator', { description: 'The indicator.' }),
    basis: t.expose('basis', { type: LinkBasisEnum, description: 'Stated by the source, or added by PlanHub’s editors.' }),
    rationale: t.exposeString('rationale', { description: 'Why the two are linked, in one sentence.' }),
  }),
});
