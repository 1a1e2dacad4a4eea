import { isInterfaceType, isObjectType } from 'graphql';
import { registerNodeTypes } from '../global-id.ts';
import { TOTAL_COUNT_DESCRIPTION } from '../loaders/counts.ts';
import { builder } from '../builder.ts';
import './common/enums.ts';
import './common/source.ts';
import './common/provenance.ts';
import './common/unit.ts';
import './common/period.ts';
import './common/area.ts';
import './common/sector.ts';
import './common/lists.ts';
import './plan/plan.ts';
import './plan/assessment.ts';
import './plan/summary.ts';
import './plan/queries.ts';
import './common/succession.ts';
import './indicator/definition.ts';
import './indicator/indicator.ts';
import './indicator/target.ts';
import './indicator/result.ts';
import './indicator/queries.ts';
import './indicator/comparison.ts';
import './indicator/target-comparison.ts';
import './indicator/target-stats.ts';
import './indicator/result-stats.ts';
import './solution/solution.ts';
import './solution/queries.ts';
import './agency/agency.ts';
import './agency/queries.ts';
import './event/event.ts';
import './search/search.ts';
import './common/user-errors.ts';
import './audit/change.ts';
import './audit/live.ts';
import './common/source-mutations.ts';
import './indicator/result-mutations.ts';
import './indicator/target-mutations.ts';
import './access/tokens.ts';
import './plan/plan-mutations.ts';
import './indicator/series-mutations.ts';
import './solution/solution-mutations.ts';
import './agency/assignment-mutations.ts';
import './plan/assessment-mutations.ts';
import './agency/agency-mutations.ts';
import './event/event-mutations.ts';
import './audit/retire.ts';
import './import/import-file.ts';

const built = builder.toSchema({ sortSchema: true });

// The Prisma plugin adds `totalCount` to connections without a way to describe it;
// describe it here so every field in the API has a description.
for (const type of Object.values(built.getTypeMap())) {
  if (isObjectType(type) && type.name.endsWith('Connection')) {
    const field = type.getFields().totalCount;
    if (field && !field.description) field.description = TOTAL_COUNT_DESCRIPTION;
  }
}

const nodeInterface = built.getType('Node');
// API tokens are not nodes (only admins see them), but their global IDs name them in `revokeApiToken`.
if (nodeInterface && isInterfaceType(nodeInterface)) registerNodeTypes([...built.getImplementations(nodeInterface).objects.map((t) => t.name), 'ApiToken']);

export const schema = built;
