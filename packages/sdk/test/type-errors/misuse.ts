// Deliberate misuse that must not compile. Each line that must fail ends with the
// error code tsc has to report for it; test/types.test.ts runs tsc on this folder and
// compares. This folder is excluded from the root tsconfig.
import { paginate } from '../../src/paginate.ts';
import { createClient } from '../../src/client.ts';
import { GetIndicatorDocument, NodeDocument } from '../../src/generated/graphql.ts';
import { getIndicator, listIndicators } from '../../src/indicators.ts';
import { search } from '../../src/search.ts';

const client = createClient({ url: 'http://localhost:4000/graphql' });

// Variables: required ones can't be left out, nor given the wrong type, nor invented.
await client.request(GetIndicatorDocument); // TS2554
await client.request(GetIndicatorDocument, { area: 'bac-kan', code: 42 }); // TS2322
await client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x', year: 2024 }); // TS2353
await getIndicator(client); // TS2554
await getIndicator(client, 'afforestation-area'); // TS2345

// Enums are checked: there is no status DONE.
await listIndicators(client, { filter: { status: 'DONE' } }); // TS2322

// Results have exactly the selected fields, with their nullability.
const indicator = await getIndicator(client, { area: 'bac-kan', code: 'afforestation-area' });
indicator.nameFr; // TS2551
const value: number = indicator.timeSeries[0]!.value; // TS2322

// A union must be narrowed by __typename before type-specific fields are read.
const hits = await search(client, { text: 'rung' });
hits.edges[0]!.node.code; // TS2339

// Partial results wrap the data.
const partial = await client.request(NodeDocument, { id: 'x' }, { partial: true });
partial.node; // TS2339

// Paging needs a document with `$after`.
paginate(client, GetIndicatorDocument, { area: 'bac-kan', code: 'x' }); // TS2345

// Options are checked too.
createClient({ url: 'http://localhost:4000/graphql', lang: 'fr' }); // TS2322
createClient({ endpoint: 'http://localhost:4000/graphql' }); // TS2353

export { value };
