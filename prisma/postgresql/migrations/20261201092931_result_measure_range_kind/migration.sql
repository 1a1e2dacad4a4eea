-- CreateEnum
CREATE TYPE "RangeKind" AS ENUM ('OR_BETTER', 'WITHIN');

-- CreateEnum
CREATE TYPE "ResultMeasure" AS ENUM ('LEVEL', 'CHANGE');

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "measure" "ResultMeasure" NOT NULL DEFAULT 'LEVEL';

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "rangeKind" "RangeKind";

-- Every range recorded so far was read as "met inside it and beyond its better end".
UPDATE "Target" SET "rangeKind" = 'OR_BETTER' WHERE "comparator" = 'RANGE';
