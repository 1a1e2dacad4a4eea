import { AgencyTreePageDocument, type AgencyTreePageQuery } from './generated/graphql.ts';
import { paginate } from './paginate.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** An agency as `agencyTree` returns it: office holders, and the agencies under it. */
export type AgencyTreeNode = AgencyTreePageQuery['agencies']['edges'][number]['node'] & { children: AgencyTreeNode[] };

/** Options of `agencyTree`: a request's, and the date agencies must have existed on. */
export interface AgencyTreeOptions extends RequestOptions {
  /** Only agencies that existed on this date (`YYYY-MM-DD`). */
  validOn?: string;
}

/**
 * Every agency, as a tree: the tops first, each with `children` in name order and its
 * office holders (positions with the person and title, as attested by sources). Reads
 * all agencies page by page, so it is one request for a province and a few for a country.
 */
export async function agencyTree(client: PlanHubClient, { validOn, ...options }: AgencyTreeOptions = {}): Promise<AgencyTreeNode[]> {
  const byId = new Map<string, AgencyTreeNode>();
  const pages = paginate(client, AgencyTreePageDocument, { first: 100, filter: validOn ? { validOn } : null }, options);
  for await (const agency of pages) byId.set(agency.id, { ...agency, children: [] });
  const roots: AgencyTreeNode[] = [];
  for (const agency of byId.values()) {
    const parent = agency.parent && byId.get(agency.parent.id);
    // A parent outside the result (e.g. not valid on `validOn`) makes its child a top.
    (parent ? parent.children : roots).push(agency);
  }
  return roots;
}
