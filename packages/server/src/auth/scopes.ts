import type { Db } from '@planhub/db/client';
import type { Principal } from './principal.ts';

// What a principal may write: an admin, everything; an editor, the areas of its token
// and the areas within them (a province's token covers its districts and communes).
// Every write names the areas it touches, its own and those of every record it refers
// to, and all of them must be in scope.

/**
 * What a record of no area (a central agency, its offices) is scoped to: no editor's token
 * names it, so only admins write such records.
 */
export const NATIONAL_SCOPE = '(national)';

/** The area keys from `key` up to its province and beyond (the area itself first); empty for an unknown key. */
export async function areaLineage(prisma: Db, key: string): Promise<string[]> {
  const lineage: string[] = [];
  let area = await prisma.area.findUnique({ where: { key }, select: { key: true, parentId: true } });
  // Bounded: areas nest central → province → district → commune.
  for (let depth = 0; area && depth < 8; depth++) {
    lineage.push(area.key);
    area = area.parentId === null ? null : await prisma.area.findUnique({ where: { id: area.parentId }, select: { key: true, parentId: true } });
  }
  return lineage;
}

/** The areas among `areaKeys` that the principal may not write (empty: it may write them all). */
export async function areasOutOfScope(prisma: Db, principal: Principal, areaKeys: readonly string[]): Promise<string[]> {
  if (principal.role === 'ADMIN') return [];
  const granted = new Set(principal.areas);
  const out: string[] = [];
  for (const key of new Set(areaKeys)) {
    const lineage = await areaLineage(prisma, key);
    if (!lineage.some((k) => granted.has(k))) out.push(key);
  }
  return out;
}
