import { NATIONAL_SCOPE } from '../auth/scopes.ts';
import type { Tx } from './transaction.ts';

// The areas a write touches: its record's, and those of every record its input names.
// The one place mutations ask (their `authScopes`); the writer's scope must cover them
// all (auth/scopes.ts). Unknown or malformed names touch none: the write itself refuses
// them (REFERENCE_NOT_FOUND, INVALID_INPUT), after the scope check has let it run.

/** Records a write changes, by model; those of no area (sources, people, definitions) are scoped by role instead. */
export type ScopedModel = 'Plan' | 'Indicator' | 'Target' | 'Result' | 'Solution' | 'Assignment' | 'Assessment' | 'Position' | 'Event' | 'Agency';

type Names = Array<string | null | undefined>;

export interface Touched {
  /** The record the write changes. */
  record?: { model: ScopedModel; id: number };
  /** Codes the input names. */
  areas?: Names;
  plans?: Names;
  solutions?: Names;
  agencies?: Names;
  events?: Names;
  /** Series, named `<definition>@<area>`: the area is in the name. */
  series?: Names;
}

const areaKey = { select: { key: true } } as const;
// A national agency belongs to no area: only admins write what names it.
const agencyScope = (agency: { area: { key: string } | null } | null | undefined) => (agency ? [agency.area?.key ?? NATIONAL_SCOPE] : []);

async function areasOfRecord(tx: Tx, model: ScopedModel, id: number): Promise<string[]> {
  const where = { id };
  const keys = (...rows: Array<{ key: string } | null | undefined>) => rows.filter((r): r is { key: string } => !!r).map((r) => r.key);
  switch (model) {
    case 'Plan':
      return keys((await tx.plan.findUnique({ where, select: { area: areaKey } }))?.area);
    case 'Indicator':
      return keys((await tx.indicator.findUnique({ where, select: { area: areaKey } }))?.area);
    case 'Target':
      return keys((await tx.target.findUnique({ where, select: { indicator: { select: { area: areaKey } } } }))?.indicator.area);
    case 'Result':
      return keys((await tx.result.findUnique({ where, select: { indicator: { select: { area: areaKey } } } }))?.indicator.area);
    case 'Solution':
      return keys((await tx.solution.findUnique({ where, select: { plan: { select: { area: areaKey } } } }))?.plan.area);
    case 'Assessment':
      return keys((await tx.assessment.findUnique({ where, select: { plan: { select: { area: areaKey } } } }))?.plan.area);
    case 'Event':
      return keys((await tx.event.findUnique({ where, select: { area: areaKey } }))?.area);
    case 'Agency':
      return agencyScope(await tx.agency.findUnique({ where, select: { area: areaKey } }));
    case 'Position':
      return agencyScope((await tx.position.findUnique({ where, select: { agency: { select: { area: areaKey } } } }))?.agency);
    case 'Assignment': {
      const row = await tx.assignment.findUnique({
        where,
        select: { agency: { select: { area: areaKey } }, indicator: { select: { area: areaKey } }, solution: { select: { plan: { select: { area: areaKey } } } } },
      });
      return row ? [...agencyScope(row.agency), ...keys(row.indicator?.area, row.solution?.plan.area)] : [];
    }
  }
}

/** The area keys a write touches (with repeats; the scope check takes each once). */
export async function areasTouched(tx: Tx, touched: Touched): Promise<string[]> {
  const keys: string[] = touched.record ? await areasOfRecord(tx, touched.record.model, touched.record.id) : [];
  for (const a of touched.areas ?? []) if (a) keys.push(a);
  for (const s of touched.series ?? []) {
    const area = s ? /^[^@]+@([^@]+)$/.exec(s)?.[1] : undefined;
    if (area) keys.push(area);
  }
  for (const p of touched.plans ?? []) {
    const plan = p ? await tx.plan.findUnique({ where: { key: p }, select: { area: areaKey } }) : null;
    if (plan) keys.push(plan.area.key);
  }
  for (const s of touched.solutions ?? []) {
    const solution = s ? await tx.solution.findUnique({ where: { key: s }, select: { plan: { select: { area: areaKey } } } }) : null;
    if (solution) keys.push(solution.plan.area.key);
  }
  for (const a of touched.agencies ?? []) if (a) keys.push(...agencyScope(await tx.agency.findUnique({ where: { key: a }, select: { area: areaKey } })));
  for (const e of touched.events ?? []) {
    const event = e ? await tx.event.findUnique({ where: { key: e }, select: { area: areaKey } }) : null;
    if (event) keys.push(event.area.key);
  }
  return keys;
}
