-- AlterTable
ALTER TABLE "Target" ADD COLUMN "rangeKind" TEXT;

-- AlterTable (written as ADD COLUMN rather than Prisma's table redefinition, which would
-- drop the table's data-version triggers; the resulting table is the same)
ALTER TABLE "Result" ADD COLUMN "measure" TEXT NOT NULL DEFAULT 'LEVEL';

-- Every range recorded so far was read as "met inside it and beyond its better end".
UPDATE "Target" SET "rangeKind" = 'OR_BETTER' WHERE "comparator" = 'RANGE';
