-- Versions and retirement on assessments, offices (positions) and events (issue 12).
--
-- Written by hand where Prisma would rebuild the tables (SQLite's table redefinition),
-- which would drop their CHECK constraints and triggers; adding the columns keeps both,
-- and every row (each at version 1, none retired).
ALTER TABLE "Assessment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Assessment" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Position" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Position" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Event" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Event" ADD COLUMN "retiredAt" DATETIME;
