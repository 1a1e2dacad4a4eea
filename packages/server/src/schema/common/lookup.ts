import type { Period } from '@planhub/db/generated/sqlite/client';
import { encodeGlobalId } from '../../global-id.ts';
import type { Context } from '../../context.ts';
import { userError, ErrorCode } from '../../errors.ts';

// Arguments that name another object, by ID or by code, are checked: an ID of the wrong
// kind is INVALID_ID, and a stale ID or a mistyped code NOT_FOUND, instead of silently
// matching nothing. One cheap look-up per given argument, whatever the size of the result.

type Model = 'plan' | 'indicator' | 'agency' | 'solution' | 'sector' | 'area';
type Counter = { count(args: { where: { id: number } | { key: string } }): Promise<number> };

const TYPENAMES: Record<Model, string> = { plan: 'Plan', indicator: 'Indicator', agency: 'Agency', solution: 'Solution', sector: 'Sector', area: 'Area' };

/** A decoded global ID argument, as Pothos's `t.globalID()` hands it over. */
export interface GlobalIdArg {
  typename: string;
  id: string;
}

/** The numeric ID of a global ID argument that must name a `model`; INVALID_ID when it names another kind. */
export function idOfKind(model: Model, globalId: GlobalIdArg, argument: string): number {
  const expected = TYPENAMES[model];
  if (globalId.typename !== expected) {
    throw userError(
      ErrorCode.INVALID_ID,
      `${argument}: expects the ID of a ${expected}; "${encodeGlobalId(globalId.typename, globalId.id)}" is the ID of a ${globalId.typename}.`,
      { argument },
    );
  }
  return Number(globalId.id);
}

/** The numeric ID of an argument naming an existing `model`: INVALID_ID or NOT_FOUND otherwise. */
export async function requireExisting(ctx: Context, model: Model, globalId: GlobalIdArg, argument: string): Promise<number> {
  const id = idOfKind(model, globalId, argument);
  // Plans and agencies are reference data (reference-data.ts): checked in memory while the data is unchanged.
  const exists =
    model === 'plan' || model === 'agency'
      ? await ctx.reference.exists(model, id)
      : (await (ctx.prisma[model] as unknown as Counter).count({ where: { id } })) > 0;
  if (!exists) {
    throw userError(ErrorCode.NOT_FOUND, `${argument}: no ${model} has this ID. Use an \`id\` returned by PlanHub.`, { argument });
  }
  return id;
}

const LISTS: Partial<Record<Model, string>> = { sector: '`sectors { code }`', area: '`areas { edges { node { code } } }`' };

export async function requireCode(ctx: Context, model: Model, key: string, argument: string): Promise<void> {
  if ((await (ctx.prisma[model] as unknown as Counter).count({ where: { key } })) === 0) {
    throw userError(ErrorCode.NOT_FOUND, `${argument}: no ${model} has the code "${key}". List codes with ${LISTS[model] ?? 'the matching list'}.`, {
      argument,
    });
  }
}

/** Rows of the sector with this code or of its sub-sectors; the code must exist. */
export async function sectorWhere(ctx: Context, key: string, argument: string) {
  await requireCode(ctx, 'sector', key, argument);
  return { OR: [{ sector: { key } }, { sector: { parent: { key } } }] };
}

/** The IDs of the sector with this code and of its sub-sectors, as `sectorWhere` reads them (from the reference data); NOT_FOUND otherwise. */
export async function sectorTreeOf(ctx: Context, code: string, argument: string): Promise<Set<number>> {
  const sectors = await ctx.reference.all('sector');
  const sector = sectors.find((s) => s.key === code);
  if (!sector) throw userError(ErrorCode.NOT_FOUND, `${argument}: no sector has the code "${code}". List codes with ${LISTS.sector}.`, { argument });
  return new Set(sectors.filter((s) => s.id === sector.id || s.parentId === sector.id).map((s) => s.id));
}

/** The ID of the area with this code (from the reference data); NOT_FOUND, saying how to list codes, otherwise. */
export async function areaIdOf(ctx: Context, code: string, argument: string): Promise<number> {
  const area = (await ctx.reference.all('area')).find((a) => a.key === code);
  if (!area) throw userError(ErrorCode.NOT_FOUND, `${argument}: no area has the code "${code}". List codes with ${LISTS.area}.`, { argument });
  return area.id;
}

/** The ID of the indicator definition with this code (from the reference data); NOT_FOUND, saying how to list codes, otherwise. */
export async function definitionIdOf(ctx: Context, code: string, argument: string): Promise<number> {
  const definition = (await ctx.reference.all('indicatorDefinition')).find((d) => d.key === code);
  if (!definition) {
    throw userError(ErrorCode.NOT_FOUND, `${argument}: no indicator definition has the code "${code}". List codes with \`indicatorDefinitions { edges { node { code } } }\`.`, {
      argument,
    });
  }
  return definition.id;
}

/** The period with this code (from the reference data); NOT_FOUND, saying how to list codes, otherwise. */
export async function periodOf(ctx: Context, code: string, argument: string): Promise<Period> {
  const period = (await ctx.reference.all('period')).find((p) => p.key === code);
  if (!period) throw userError(ErrorCode.NOT_FOUND, `${argument}: no period has the code "${code}". List codes with \`periods { code }\`.`, { argument });
  return period;
}
