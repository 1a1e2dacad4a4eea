-- Versions (optimistic concurrency) on plans, and versions and retirement on solutions,
-- their links to indicators and assignments (issue 12).
--
-- Written by hand where Prisma would rebuild the tables (SQLite's table redefinition),
-- which would drop their CHECK constraints and triggers; adding the columns keeps both,
-- and every row (each at version 1, none retired).
ALTER TABLE "Assignment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Assignment" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Plan" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Solution" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Solution" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "SolutionIndicator" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "SolutionIndicator" ADD COLUMN "retiredAt" DATETIME;
