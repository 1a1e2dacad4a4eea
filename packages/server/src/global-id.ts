import { userError, ErrorCode } from './errors.ts';

// Global IDs are base64 of `Type:number`, as Relay expects. Decoding checks the
// shape so a mangled ID gets a message, not a database error.

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64');
}

// The types that implement Node, registered once the schema is built.
let nodeTypes: ReadonlySet<string> | undefined;
export function registerNodeTypes(names: Iterable<string>): void {
  nodeTypes = new Set(names);
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9]\d{0,14})$/.exec(decoded);
  if (!match || encodeGlobalId(match[1]!, match[2]!) !== globalId) {
    throw userError(
      ErrorCode.INVALID_ID,
      `"${globalId.slice(0, 60)}" is not a PlanHub ID. Use the \`id\` field of an object exactly as returned.`,
    );
  }
  if (nodeTypes && !nodeTypes.has(match[1]!)) {
    throw userError(ErrorCode.INVALID_ID, `"${globalId.slice(0, 60)}" names a kind of object PlanHub does not have (${match[1]}). Use an \`id\` returned by PlanHub.`);
  }
  return { typename: match[1]!, id: match[2]! };
}
