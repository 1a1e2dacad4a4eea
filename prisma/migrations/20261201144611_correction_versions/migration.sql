-- Versions (optimistic concurrency) on sources, indicator definitions, series, agencies and
-- people, for their corrections (issue 12).
--
-- Written by hand where Prisma would rebuild the tables (SQLite's table redefinition),
-- which would drop their CHECK constraints and triggers; adding the columns keeps both,
-- and every row (each at version 1).
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "IndicatorDefinition" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Indicator" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Agency" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Person" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
