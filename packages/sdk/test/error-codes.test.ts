import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ErrorCode } from '@planhub/server/errors';

// The codes the server sends are part of its API: each is in the SDK's type
// (PlanHubErrorCode, for completions and exhaustive switches) and in its README's table.

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
/** The codes in the first column of the table under `heading` in a README. */
function tableCodes(readme: string, heading: string): string[] {
  const section = readme.slice(readme.indexOf(heading));
  const table = section.slice(section.indexOf('\n|'), section.indexOf('\n\n', section.indexOf('\n|') + 1));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!));
}

const serverCodes = [...new Set([...Object.values(ErrorCode), ...tableCodes(read('../../../README.md'), '## Errors')])].sort();
const union = read('../src/error.ts').match(/export type PlanHubErrorCode =([\s\S]*?);/)![1]!;
const typed = [...union.matchAll(/\| '([A-Z_]+)'/g)].map((m) => m[1]!);
const documented = tableCodes(read('../README.md'), '| code |');

it('every code the server sends is in PlanHubErrorCode and in the SDK README’s table', () => {
  expect(serverCodes.length).toBeGreaterThanOrEqual(23);
  expect(serverCodes).toContain('GRAPHQL_VALIDATION_FAILED');
  expect(serverCodes.filter((code) => !typed.includes(code)), 'missing from PlanHubErrorCode').toEqual([]);
  expect(serverCodes.filter((code) => !documented.includes(code)), 'missing from the SDK README').toEqual([]);
});

it('the client’s own codes are typed and documented too, and nothing else is', () => {
  const client = ['NETWORK_ERROR', 'HTTP_ERROR', 'INVALID_RESPONSE', 'ABORTED', 'GRAPHQL_ERROR'];
  expect([...typed].sort()).toEqual([...serverCodes, ...client].sort());
  expect([...documented].sort()).toEqual([...serverCodes, ...client].sort());
});
