import { fileURLToPath } from 'node:url';

/** The committed SDL: printed from the Pothos schema, read by graphql-codegen. */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));
