import { getDatamodel } from './generated/pothos-types.ts';
import { searchTextOf, sortKeyOf } from './text.ts';

// The columns derived from a row's own names: `searchText` (folded, for search) and
// `sortKey` (for ordering). They are computed here and nowhere else. openDatabase's
// client runs every write through `deriveColumns` (a Prisma query extension), nested
// writes included, and code that writes raw SQL (the synthetic generator) calls
// `derivedColumnsOf` itself. An Indicator (a series) copies its definition's columns:
// the database does that, in triggers of the model migration, because it is a copy and
// not a computation.

type Row = Record<string, unknown>;

interface Derivation {
  /** The fields the derived columns are computed from. */
  inputs: readonly string[];
  compute(row: Row): Row;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Per model, what is derived and from what. */
export const DERIVATIONS: Readonly<Record<string, Derivation>> = {
  Area: { inputs: ['nameVi', 'nameEn'], compute: (r) => ({ searchText: searchTextOf(text(r.nameVi), text(r.nameEn)) }) },
  Plan: { inputs: ['titleVi', 'titleEn'], compute: (r) => ({ searchText: searchTextOf(text(r.titleVi), text(r.titleEn)) }) },
  IndicatorDefinition: {
    inputs: ['nameVi', 'nameEn', 'descriptionVi', 'descriptionEn'],
    compute: (r) => ({
      searchText: searchTextOf(text(r.nameVi), text(r.nameEn), text(r.descriptionVi), text(r.descriptionEn)),
      sortKey: sortKeyOf(text(r.nameVi) ?? ''),
    }),
  },
  Agency: {
    inputs: ['nameVi', 'nameEn', 'abbreviation'],
    compute: (r) => ({ searchText: searchTextOf(text(r.nameVi), text(r.nameEn), text(r.abbreviation)), sortKey: sortKeyOf(text(r.nameVi) ?? '') }),
  },
  Solution: {
    inputs: ['textVi', 'textEn'],
    compute: (r) => ({ searchText: searchTextOf(text(r.textVi), text(r.textEn)), sortKey: sortKeyOf(text(r.textVi) ?? '') }),
  },
  Person: { inputs: ['fullName'], compute: (r) => ({ searchText: searchTextOf(text(r.fullName)) }) },
};

/** Columns no writer sets: computed here, or copied by the database (Indicator's). */
const DERIVED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(Object.entries(DERIVATIONS).map(([model, d]) => [model, Object.keys(d.compute({}))])),
  Indicator: ['searchText', 'sortKey'],
};

/** A write that sets a derived column, or changes some but not all of the fields it is derived from. */
export class DerivedColumnError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DerivedColumnError';
  }
}

/**
 * The derived columns of a row about to be created (`row` holds every input that is not
 * null), for writers that bypass Prisma.
 */
export function derivedColumnsOf(model: string, row: Row): Row {
  const d = DERIVATIONS[model];
  return d ? d.compute(row) : {};
}

/** A write's data with its derived columns added; for an update, only when it changes their inputs (all of them). */
function deriveData(model: string, data: Row, mode: 'create' | 'update'): Row {
  for (const column of DERIVED_COLUMNS[model] ?? []) {
    if (column in data) throw new DerivedColumnError(`${model}.${column} is derived from the row's names and cannot be written`);
  }
  const d = DERIVATIONS[model];
  if (!d) return data;
  if (mode === 'update') {
    const given = d.inputs.filter((f) => f in data);
    if (given.length === 0) return data;
    const missing = d.inputs.filter((f) => !(f in data));
    if (missing.length > 0)
      throw new DerivedColumnError(
        `an update of ${model}.${given.join(', ')} must give ${missing.join(', ')} too (its derived columns are computed from all of them)`,
      );
  }
  const values: Row = {};
  for (const f of d.inputs) values[f] = plain(data[f]);
  return { ...data, ...d.compute(values) };
}

/** A field's value in a write: Prisma also takes `{ set: value }`. */
function plain(v: unknown): unknown {
  return v !== null && typeof v === 'object' && 'set' in (v as Row) ? (v as Row).set : v;
}

const RELATIONS: ReadonlyMap<string, ReadonlyMap<string, string>> = (() => {
  const out = new Map<string, Map<string, string>>();
  for (const [name, model] of Object.entries(getDatamodel().datamodel.models)) {
    out.set(name, new Map(model.fields.filter((f) => f.kind === 'object').map((f) => [f.name, f.type])));
  }
  return out;
})();

const many = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : v === undefined || v === null ? [] : [v as Row]);

/** `data` with derived columns added, for the model and for every nested write it holds. */
function walk(model: string, data: Row, mode: 'create' | 'update'): Row {
  const out = deriveData(model, data, mode);
  const relations = RELATIONS.get(model);
  if (!relations) return out;
  const result: Row = { ...out };
  for (const [field, target] of relations) {
    const nested = out[field];
    if (nested === undefined || nested === null || typeof nested !== 'object') continue;
    result[field] = nestedWrite(target, nested as Row);
  }
  return result;
}

/** A relation field's nested operations (create, createMany, connectOrCreate, upsert, update, updateMany). */
function nestedWrite(model: string, ops: Row): Row {
  const out: Row = { ...ops };
  const map = (v: unknown, f: (r: Row) => Row): unknown => (Array.isArray(v) ? v.map((x) => f(x as Row)) : f(v as Row));
  if (ops.create !== undefined) out.create = map(ops.create, (r) => walk(model, r, 'create'));
  if (ops.createMany !== undefined) {
    const cm = ops.createMany as Row;
    out.createMany = { ...cm, data: map(cm.data, (r) => walk(model, r, 'create')) };
  }
  if (ops.connectOrCreate !== undefined) out.connectOrCreate = map(ops.connectOrCreate, (r) => ({ ...r, create: walk(model, r.create as Row, 'create') }));
  if (ops.upsert !== undefined)
    out.upsert = map(ops.upsert, (r) => ({ ...r, create: walk(model, r.create as Row, 'create'), update: walk(model, r.update as Row, 'update') }));
  if (ops.update !== undefined)
    // To-many: { where, data }; to-one: the data itself, or { where, data }.
    out.update = map(ops.update, (r) => ('data' in r && typeof r.data === 'object' ? { ...r, data: walk(model, r.data as Row, 'update') } : walk(model, r, 'update')));
  if (ops.updateMany !== undefined) out.updateMany = map(ops.updateMany, (r) => ({ ...r, data: walk(model, r.data as Row, 'update') }));
  return out;
}

/**
 * The arguments of a top-level write with derived columns added (throws
 * DerivedColumnError for a write that sets one, or changes only some of its inputs).
 * Reads pass through unchanged.
 */
export function deriveColumns(model: string, operation: string, args: Row): Row {
  switch (operation) {
    case 'create':
      return { ...args, data: walk(model, args.data as Row, 'create') };
    case 'createMany':
    case 'createManyAndReturn':
      return { ...args, data: many(args.data).map((r) => walk(model, r, 'create')) };
    case 'update':
    case 'updateMany':
    case 'updateManyAndReturn':
      return { ...args, data: walk(model, args.data as Row, 'update') };
    case 'upsert':
      return { ...args, create: walk(model, args.create as Row, 'create'), update: walk(model, args.update as Row, 'update') };
    default:
      return args;
  }
}
