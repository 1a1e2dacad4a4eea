-- Retirement of sources, plans, indicator definitions, series, agencies and people
-- (issue 12): a retired record stays readable and in the audit trail, and leaves lists.
--
-- Written by hand where Prisma would rebuild the tables (SQLite's table redefinition),
-- which would drop their CHECK constraints and triggers; adding the columns keeps both.
ALTER TABLE "Source" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Plan" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "IndicatorDefinition" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Indicator" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Agency" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Person" ADD COLUMN "retiredAt" DATETIME;
