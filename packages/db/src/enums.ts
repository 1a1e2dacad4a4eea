// The data's vocabularies (Direction, Comparator, Reliability, …), as Prisma generates
// them from prisma/schema.prisma: the one place they are declared. Both generated
// clients come from one schema, so their enums are the same; this module names them
// without naming a provider. The API's GraphQL enums and the domain rules derive their
// values from these.
export * from './generated/sqlite/enums.ts';
