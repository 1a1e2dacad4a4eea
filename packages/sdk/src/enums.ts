// Every enum of the schema, as a value and a type of the same name. With `TargetStatus`
// of @planhub/sdk/enums:
//   Object.values(TargetStatus)            // ['MET', 'NOT_MET', 'NO_DATA', 'OFF_TRACK', 'ON_TRACK']
//   const status: TargetStatus = TargetStatus.MET;
// Generated from the schema by graphql-codegen (codegen.ts, `enumsOutput`); the types are
// the same string unions as those of `@planhub/sdk/graphql`. Each constant is a plain
// object, so a bundle holds only the enums it imports.
export * from './generated/enums.ts';
