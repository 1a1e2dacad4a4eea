import { agencyRecord, indicatorDefinitionRecord, personRecord, sourceRecord } from '@planhub/db/seed/entities';
import { parsePreciseDate } from '@planhub/db/rules/index';
import type { Agency, Indicator, IndicatorDefinition, Person, Source } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import type { ChangeSet } from './audit.ts';
import { dayOf, isoDay, pick, requiredReason } from './fields.ts';
import { isWithin } from './context-data.ts';
import { inUse, parseRecord } from './references.ts';
import { currentAt, type Written } from './results.ts';
import { runWrite, updateAtVersion } from './transaction.ts';
import { InvalidInputError, ReferenceNotFoundError } from './user-errors.ts';

// Corrections of what facts hang on: a source's description (never its text, which every
// quote's offsets index), a definition of the catalogue, a series' usual unit, an agency,
// a person's name. Each names the version it read and gives a reason; the merged record
// passes the seed's own schema; the update is conditional on the version.


export function updateSource(ctx: Context, set: ChangeSet, id: number, version: number, patch: Record<string, unknown>, reason: string): Promise<Written<Source>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const row = await currentAt(await tx.source.findUnique({ where: { id }, include: { publisher: { select: { key: true } } } }), 'Source', id, version);
    const { publisher, text: _text, ...before } = row;
    const merged = {
      key: row.key,
      kind: pick(patch, 'kind', row.kind),
      title: pick(patch, 'title', row.title),
      publisherName: pick(patch, 'publisherName', row.publisherName),
      publisher: pick(patch, 'publisher', publisher?.key ?? null),
      documentNumber: pick(patch, 'documentNumber', row.documentNumber),
      publishedOn: pick(patch, 'publishedOn', row.datePrecision === 'DAY' ? isoDay(row.publishedOn)! : row.datePrecision === 'MONTH' ? row.publishedOn.toISOString().slice(0, 7) : row.publishedOn.toISOString().slice(0, 4)),
      url: pick(patch, 'url', row.url),
      language: pick(patch, 'language', row.language),
      fileName: 'input',
    };
    if (row.kind === 'SYNTHETIC') throw new InvalidInputError([{ field: 'id', message: 'A synthetic source is generated test data: regenerate it, do not correct it.' }]);
    const record = parseRecord(sourceRecord, merged);
    const agency = record.publisher ? await tx.agency.findUnique({ where: { key: record.publisher }, select: { id: true, retiredAt: true } }) : null;
    if (record.publisher && !agency) throw new ReferenceNotFoundError('publisher', record.publisher, 'List agency codes with `agencies { edges { node { code } } }`.');
    if (agency && agency.id !== row.publisherId) inUse(agency, 'publisher', record.publisher!);
    const published = parsePreciseDate(record.publishedOn)!;
    const updated = await updateAtVersion<Source>(tx.source, id, version, {
      kind: record.kind,
      title: record.title,
      publisherName: record.publisherName,
      publisherId: agency?.id ?? null,
      documentNumber: record.documentNumber,
      publishedOn: published.date,
      datePrecision: published.precision,
      url: record.url,
      language: record.language,
    });
    const { text: _t, ...after } = updated;
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Source', recordId: id, areaId: null, before, after, reason: why });
    return { record: updated, changeId };
  });
}

export function updateIndicatorDefinition(ctx: Context, set: ChangeSet, id: number, version: number, patch: Record<string, unknown>, reason: string): Promise<Written<IndicatorDefinition>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const row = await currentAt(await tx.indicatorDefinition.findUnique({ where: { id }, include: { sector: { select: { key: true } } } }), 'IndicatorDefinition', id, version);
    const { sector, ...before } = row;
    const record = parseRecord(indicatorDefinitionRecord, {
      key: row.key,
      nameVi: pick(patch, 'nameVi', row.nameVi),
      nameEn: pick(patch, 'nameEn', row.nameEn),
      descriptionVi: pick(patch, 'descriptionVi', row.descriptionVi),
      descriptionEn: pick(patch, 'descriptionEn', row.descriptionEn),
      sector: pick(patch, 'sector', sector.key),
      direction: pick(patch, 'direction', row.direction),
      dimension: row.dimension,
      nationalCode: pick(patch, 'nationalCode', row.nationalCode),
    });
    const sectorRow = await tx.sector.findUnique({ where: { key: record.sector } });
    if (!sectorRow) throw new ReferenceNotFoundError('sector', record.sector, 'List sector codes with `sectors { code }`.');
    const { key: _k, sector: _s, note: _n, dimension: _d, ...data } = record;
    const updated = await updateAtVersion<IndicatorDefinition>(tx.indicatorDefinition, id, version, { ...data, sectorId: sectorRow.id });
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'IndicatorDefinition', recordId: id, areaId: null, before, after: updated, reason: why });
    return { record: updated, changeId };
  });
}

export function updateSeries(ctx: Context, set: ChangeSet, id: number, version: number, unit: string, reason: string): Promise<Written<Indicator>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const row = await currentAt(await tx.indicator.findUnique({ where: { id }, include: { definition: { select: { dimension: true } } } }), 'Indicator', id, version);
    const { definition, ...before } = row;
    const unitRow = await tx.unit.findUnique({ where: { key: unit } });
    if (!unitRow) throw new ReferenceNotFoundError('unit', unit, 'List unit codes with `units { code }`.');
    if (unitRow.dimension !== definition.dimension) throw new InvalidInputError([{ field: 'unit', message: `"${unit}" measures ${unitRow.dimension}; the definition measures ${definition.dimension}.` }]);
    const updated = await updateAtVersion<Indicator>(tx.indicator, id, version, { unitId: unitRow.id });
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Indicator', recordId: id, areaId: row.areaId, before, after: updated, reason: why });
    return { record: updated, changeId };
  });
}

export function updateAgency(ctx: Context, set: ChangeSet, id: number, version: number, patch: Record<string, unknown>, reason: string): Promise<Written<Agency>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const row = await currentAt(await tx.agency.findUnique({ where: { id }, include: { area: { select: { key: true } }, parent: { select: { key: true, areaId: true } } } }), 'Agency', id, version);
    const { area, parent, ...before } = row;
    const record = parseRecord(agencyRecord, {
      key: row.key,
      kind: pick(patch, 'kind', row.kind),
      level: pick(patch, 'level', row.level),
      nameVi: pick(patch, 'nameVi', row.nameVi),
      nameEn: pick(patch, 'nameEn', row.nameEn),
      abbreviation: pick(patch, 'abbreviation', row.abbreviation),
      area: area?.key ?? null,
      parent: pick(patch, 'parent', parent?.key ?? null),
      validFrom: isoDay(pick(patch, 'validFrom', row.validFrom)),
      validTo: isoDay(pick(patch, 'validTo', row.validTo)),
    });
    const parentRow = record.parent ? await tx.agency.findUnique({ where: { key: record.parent } }) : null;
    if (record.parent && !parentRow) throw new ReferenceNotFoundError('parent', record.parent, 'Name the agency it belongs to by its code.');
    if (parentRow && parentRow.id !== row.parentId) inUse(parentRow, 'parent', record.parent!);
    if (parentRow && (await isWithin(tx, parentRow.id, id))) throw new InvalidInputError([{ field: 'parent', message: `"${record.parent}" belongs to this agency itself: an agency cannot belong to one of its own.` }]);
    if (parentRow && parentRow.areaId !== null && parentRow.areaId !== row.areaId) throw new InvalidInputError([{ field: 'parent', message: `"${record.parent}" is another area's agency.` }]);
    const updated = await updateAtVersion<Agency>(tx.agency, id, version, {
      kind: record.kind,
      level: record.level,
      nameVi: record.nameVi,
      nameEn: record.nameEn,
      abbreviation: record.abbreviation,
      parentId: parentRow?.id ?? null,
      validFrom: dayOf(record.validFrom),
      validTo: dayOf(record.validTo),
    });
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Agency', recordId: id, areaId: row.areaId, before, after: updated, reason: why });
    return { record: updated, changeId };
  });
}

export function updatePerson(ctx: Context, set: ChangeSet, id: number, version: number, fullName: string, reason: string): Promise<Written<Person>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const row = await currentAt(await tx.person.findUnique({ where: { id } }), 'Person', id, version);
    const record = parseRecord(personRecord, { key: row.key, fullName });
    const updated = await updateAtVersion<Person>(tx.person, id, version, { fullName: record.fullName });
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Person', recordId: id, areaId: null, before: row, after: updated, reason: why });
    return { record: updated, changeId };
  });
}
