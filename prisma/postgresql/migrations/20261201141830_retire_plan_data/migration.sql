-- Versions (optimistic concurrency) on plans, and versions and retirement on solutions,
-- their links to indicators and assignments (issue 12); every row at version 1, none retired.
-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Solution" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "SolutionIndicator" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
