import { builder } from '../../builder.ts';
import { AssessmentKindEnum, ReliabilityEnum } from '../common/enums.ts';
import { localized } from '../common/localized.ts';

export const AssessmentRef = builder.prismaNode('Assessment', {
  description: 'A judgement a source states about a whole plan ("23 of 26 main indicators met"): a fact in its own right.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    plan: t.relation('plan', { description: 'The plan assessed.' }),
    kind: t.expose('kind', { type: AssessmentKindEnum, description: 'What the assessment counts or says.' }),
    count: t.exposeInt('count', { nullable: true, description: 'The number stated (23 in "23/26"); null for qualitative ones.' }),
    outOf: t.exposeInt('outOf', { nullable: true, description: 'Out of how many (26 in "23/26"), when stated.' }),
    statement: t.field(localized('The assessment in words, in the chosen language.', (a) => a.statementVi, (a) => a.statementEn)),
    reliability: t.expose('reliability', { type: ReliabilityEnum, description: 'Whether it rests on estimates or final figures.' }),
    provenance: t.relation('quote', { description: 'The passage that states it, and its source.' }),
  }),
});
