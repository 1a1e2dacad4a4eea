import { builder } from '../../builder.ts';
import { LIST_CAP } from '../../limits/cost.ts';
import { optionalReferenceField, referenceField } from '../common/reference-field.ts';
import { PeriodRef } from '../common/period.ts';
import { PlanRef } from '../plan/plan.ts';
import { pageOptions } from '../../pagination.ts';
import { countChildren, TOTAL_COUNT_DESCRIPTION } from '../../loaders/counts.ts';
import { AgencyKindEnum, AssignmentRoleEnum, AgencyLevelEnum, OfficeRoleEnum } from '../common/enums.ts';
import { localized } from '../common/localized.ts';
import '../common/succession.ts';

export const AgencyRef = builder.prismaNode('Agency', {
  description: 'An organisation: a committee, council, department, or a group of them a source names together.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, e.g. `ubnd-bac-kan`.' }),
    kind: t.expose('kind', { type: AgencyKindEnum, description: 'What kind of body it is.' }),
    level: t.expose('level', { type: AgencyLevelEnum, description: 'Administrative level.' }),
    name: t.field(localized('Name in the chosen language.', (a) => a.nameVi, (a) => a.nameEn)),
    nameVi: t.exposeString('nameVi', { description: 'Name in Vietnamese.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Name in English, when known.' }),
    abbreviation: t.exposeString('abbreviation', { nullable: true, description: 'Usual abbreviation (UBND, HĐND).' }),
    area: t.relation('area', { nullable: true, description: 'The area it serves.' }),
    parent: t.relation('parent', { nullable: true, description: 'The agency it belongs to, when known.' }),
    children: t.relatedConnection(
      'children',
      {
        ...pageOptions,
        cursor: 'id',
        description: 'Agencies that belong to this one, by name (retired ones left out).',
        query: () => ({ where: { retiredAt: null }, orderBy: [{ sortKey: 'asc' }, { id: 'asc' }] }),
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: TOTAL_COUNT_DESCRIPTION,
            resolve: (conn, _args, ctx) => countChildren(ctx, conn, 'agency', 'parentId', conn.parent.id, { retiredAt: null }),
          }),
        }),
      },
    ),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true, description: 'First day it existed as such; null when unknown.' }),
    validTo: t.expose('validTo', {
      type: 'Date',
      nullable: true,
      description: 'Last day, when it was merged, renamed or dissolved; null while current or unknown.',
    }),
    successors: t.relation('successors', {
      description: `The agencies that continue this one (it merged into, split into or was renamed to them), earliest first; at most ${LIST_CAP}.`,
      query: { orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }], take: LIST_CAP },
    }),
    predecessors: t.relation('predecessors', {
      description: `The agencies this one continues, earliest first: a renamed department keeps its history through them; at most ${LIST_CAP}.`,
      query: { orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }], take: LIST_CAP },
    }),
    officeHolders: t.relation('positions', {
      description: `Positions in this agency and who held them, as attested by sources, latest first; at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null }, orderBy: [{ attestedOn: 'desc' }, { id: 'asc' }], take: LIST_CAP },
    }),
    assignments: t.relatedConnection(
      'assignments',
      {
        ...pageOptions,
        cursor: 'id',
        description: 'What this agency is responsible for, with its role, in the order recorded.',
        query: () => ({ where: { retiredAt: null }, orderBy: { id: 'asc' } }),
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: TOTAL_COUNT_DESCRIPTION,
            resolve: (conn, _args, ctx) => countChildren(ctx, conn, 'assignment', 'agencyId', conn.parent.id, { retiredAt: null }),
          }),
        }),
      },
    ),
  }),
});

export const PersonRef = builder.prismaNode('Person', {
  description: 'A person who holds or held office.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    fullName: t.exposeString('fullName', { description: 'Full name, family name first, as Vietnamese names are written.' }),
    positions: t.relation('positions', {
      description: `Offices held, as attested by sources, latest first; at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null }, orderBy: [{ attestedOn: 'desc' }, { id: 'asc' }], take: LIST_CAP },
    }),
    directives: t.relation('directives', {
      description: `Directives this person issued; at most ${LIST_CAP}.`,
      query: { orderBy: [{ planId: 'asc' }, { position: 'asc' }], take: LIST_CAP },
    }),
  }),
});

export const PositionRef = builder.prismaNode('Position', {
  description: 'An office a person holds in an agency, with dates where known.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    person: t.relation('person', { description: 'Who holds it.' }),
    agency: t.relation('agency', { description: 'Where.' }),
    role: t.expose('role', { type: OfficeRoleEnum, description: 'The role.' }),
    title: t.field(localized('The title in the chosen language.', (p) => p.titleVi, (p) => p.titleEn)),
    titleVi: t.exposeString('titleVi', { description: 'The title as the source words it.' }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true, description: 'First day in office, when known.' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'Last day in office, when known; null while serving or unknown.' }),
    attestedOn: t.expose('attestedOn', { type: 'Date', description: 'A date a source shows the person in this office.' }),
    provenance: t.relation('quote', { description: 'The passage that shows it, and its source.' }),
  }),
});

export const AssignmentRef = builder.prismaNode('Assignment', {
  description: 'A responsibility: which agency, in which role, for exactly one solution or indicator, within a plan or a period.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    agency: t.field(referenceField(AgencyRef, 'agency', 'agencyId', 'The responsible agency.')),
    role: t.expose('role', { type: AssignmentRoleEnum, description: 'Lead, coordinate or implement.' }),
    solution: t.relation('solution', { nullable: true, description: 'The solution, when the assignment is for one.' }),
    indicator: t.relation('indicator', { nullable: true, description: 'The indicator (a series), when the assignment is for one.' }),
    plan: t.field(optionalReferenceField(PlanRef, 'plan', 'planId', 'The plan the responsibility is part of; null where it holds for a period instead.')),
    period: t.field(optionalReferenceField(PeriodRef, 'period', 'periodId', 'The period it holds for, where it is not a plan’s; null otherwise.')),
    provenance: t.relation('quote', { description: 'The passage that assigns it, and its source.' }),
  }),
});
