-- The model for many provinces, years and revised figures (issue 11): indicator
-- definitions shared by areas, with a series per area; natural keys on facts; revisions
-- of results and targets; sub-annual periods; succession of areas and agencies; sources
-- with date precision, publisher, document number and text; synthetic data identified
-- by its source. Written from Prisma's diff, by hand where data must be carried over
-- (every statement that moves data says how), with the data's own rules as named CHECK
-- constraints (packages/db/src/rules/constraints.ts holds the same rules) and the
-- triggers that recreated tables need again.

-- Synthetic rows of older generators whose database has no synthetic source: they are
-- now identified by one.
INSERT INTO "Source" ("key", "kind", "title", "publisher", "publishedAt", "language", "synthetic")
SELECT 'syn-migrated', 'SYNTHETIC', 'Synthetic load-test data (not real)', 'PlanHub benchmark generator', '2024-01-01T00:00:00.000+00:00', 'vi', true
WHERE NOT EXISTS (SELECT 1 FROM "Source" WHERE "kind" = 'SYNTHETIC')
  AND (EXISTS (SELECT 1 FROM "Area" WHERE "synthetic") OR EXISTS (SELECT 1 FROM "Agency" WHERE "synthetic") OR EXISTS (SELECT 1 FROM "Indicator" WHERE "synthetic"));

-- CreateTable
CREATE TABLE "AreaSuccession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "effectiveOn" DATETIME NOT NULL,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "AreaSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Area" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AreaSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Area" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AreaSuccession_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AreaSuccession_distinct_check" CHECK ("predecessorId" <> "successorId")
);

-- CreateTable
CREATE TABLE "IndicatorDefinition" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "sectorId" INTEGER NOT NULL,
    "direction" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "nationalCode" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "namedInId" INTEGER,
    CONSTRAINT "IndicatorDefinition_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "IndicatorDefinition_namedInId_fkey" FOREIGN KEY ("namedInId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- Every indicator of the previous release becomes a definition of its own, with the same
-- id and code (its names, sector, direction, and its unit's dimension).
INSERT INTO "IndicatorDefinition" ("id", "key", "nameVi", "nameEn", "descriptionVi", "descriptionEn", "sectorId", "direction", "dimension", "searchText", "sortKey", "namedInId")
SELECT i."id", i."key", i."nameVi", i."nameEn", i."descriptionVi", i."descriptionEn", i."sectorId", i."direction", u."dimension", i."searchText", i."sortKey",
       CASE WHEN i."synthetic" THEN (SELECT min("id") FROM "Source" WHERE "kind" = 'SYNTHETIC') END
FROM "Indicator" i JOIN "Unit" u ON u."id" = i."unitId";

-- CreateTable
CREATE TABLE "TargetRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "targetId" INTEGER NOT NULL,
    "comparator" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "valueMax" REAL,
    "rangeKind" TEXT,
    "unitId" INTEGER NOT NULL,
    "adoptedOn" DATETIME,
    "replacedOn" DATETIME,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "TargetRevision_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TargetRevision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TargetRevision_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TargetRevision_range_check" CHECK (("comparator" = 'RANGE' AND "valueMax" IS NOT NULL AND "valueMax" > "value") OR ("comparator" <> 'RANGE' AND "valueMax" IS NULL)),
    CONSTRAINT "TargetRevision_range_kind_check" CHECK (("comparator" = 'RANGE') = ("rangeKind" IS NOT NULL)),
    CONSTRAINT "TargetRevision_dates_check" CHECK ("replacedOn" IS NULL OR "adoptedOn" IS NULL OR "replacedOn" >= "adoptedOn")
);

-- CreateTable
CREATE TABLE "AgencySuccession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "effectiveOn" DATETIME NOT NULL,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "AgencySuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgencySuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgencySuccession_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgencySuccession_distinct_check" CHECK ("predecessorId" <> "successorId")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agency" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "abbreviation" TEXT,
    "areaId" INTEGER,
    "parentId" INTEGER,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "namedInId" INTEGER,
    CONSTRAINT "Agency_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agency_namedInId_fkey" FOREIGN KEY ("namedInId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agency_validity_check" CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validTo" >= "validFrom")
);
INSERT INTO "new_Agency" ("id", "key", "kind", "level", "nameVi", "nameEn", "abbreviation", "areaId", "parentId", "validFrom", "validTo", "searchText", "sortKey", "namedInId")
SELECT "id", "key", "kind", "level", "nameVi", "nameEn", "abbreviation", "areaId", "parentId", "validFrom", "validTo", "searchText", "sortKey",
       CASE WHEN "synthetic" THEN (SELECT min("id") FROM "Source" WHERE "kind" = 'SYNTHETIC') END
FROM "Agency";
DROP TABLE "Agency";
ALTER TABLE "new_Agency" RENAME TO "Agency";
CREATE UNIQUE INDEX "Agency_key_key" ON "Agency"("key");
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");
CREATE INDEX "Agency_level_sortKey_idx" ON "Agency"("level", "sortKey");
CREATE TABLE "new_Area" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "parentId" INTEGER,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "namedInId" INTEGER,
    CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Area_namedInId_fkey" FOREIGN KEY ("namedInId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Area_validity_check" CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validTo" >= "validFrom")
);
INSERT INTO "new_Area" ("id", "key", "level", "nameVi", "nameEn", "parentId", "validFrom", "validTo", "searchText", "namedInId")
SELECT "id", "key", "level", "nameVi", "nameEn", "parentId", "validFrom", "validTo", "searchText",
       CASE WHEN "synthetic" THEN (SELECT min("id") FROM "Source" WHERE "kind" = 'SYNTHETIC') END
FROM "Area";
DROP TABLE "Area";
ALTER TABLE "new_Area" RENAME TO "Area";
CREATE UNIQUE INDEX "Area_key_key" ON "Area"("key");
CREATE TABLE "new_Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER,
    "outOf" INTEGER,
    "statementVi" TEXT NOT NULL,
    "statementEn" TEXT,
    "reliability" TEXT NOT NULL,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Assessment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_count_check" CHECK ("kind" = 'QUALITATIVE' OR "count" IS NOT NULL),
    CONSTRAINT "Assessment_out_of_check" CHECK ("count" IS NULL OR ("count" >= 0 AND ("outOf" IS NULL OR "count" <= "outOf")))
);
INSERT INTO "new_Assessment" ("count", "id", "kind", "outOf", "planId", "quoteId", "reliability", "statementEn", "statementVi") SELECT "count", "id", "kind", "outOf", "planId", "quoteId", "reliability", "statementEn", "statementVi" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_planId_idx" ON "Assessment"("planId");
CREATE UNIQUE INDEX "Assessment_planId_kind_quoteId_key" ON "Assessment"("planId", "kind", "quoteId");
CREATE TABLE "new_Assignment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agencyId" INTEGER NOT NULL,
    "solutionId" INTEGER,
    "indicatorId" INTEGER,
    "role" TEXT NOT NULL,
    "planId" INTEGER,
    "periodId" INTEGER,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Assignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_subject_check" CHECK (("solutionId" IS NULL) <> ("indicatorId" IS NULL)),
    CONSTRAINT "Assignment_scope_check" CHECK ("planId" IS NOT NULL OR "periodId" IS NOT NULL)
);
-- An assignment is now for exactly one thing, within a plan or a period. One for a
-- solution holds within the solution's plan; one for an indicator alone, within the
-- latest plan that sets a target for it; one for both becomes two.
INSERT INTO "new_Assignment" ("id", "agencyId", "solutionId", "indicatorId", "role", "planId", "periodId", "quoteId")
SELECT a."id", a."agencyId", a."solutionId", CASE WHEN a."solutionId" IS NULL THEN a."indicatorId" END, a."role",
       CASE WHEN a."solutionId" IS NOT NULL THEN (SELECT s."planId" FROM "Solution" s WHERE s."id" = a."solutionId") ELSE (SELECT t."planId" FROM "Target" t JOIN "Period" p ON p."id" = t."periodId" WHERE t."indicatorId" = a."indicatorId" ORDER BY p."endYear" DESC, t."id" DESC LIMIT 1) END,
       NULL, a."quoteId"
FROM "Assignment" a;
INSERT INTO "new_Assignment" ("agencyId", "indicatorId", "role", "planId", "quoteId")
SELECT a."agencyId", a."indicatorId", a."role", (SELECT t."planId" FROM "Target" t JOIN "Period" p ON p."id" = t."periodId" WHERE t."indicatorId" = a."indicatorId" ORDER BY p."endYear" DESC, t."id" DESC LIMIT 1), a."quoteId"
FROM "Assignment" a WHERE a."solutionId" IS NOT NULL AND a."indicatorId" IS NOT NULL;
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_agencyId_idx" ON "Assignment"("agencyId");
CREATE INDEX "Assignment_solutionId_idx" ON "Assignment"("solutionId");
CREATE INDEX "Assignment_indicatorId_idx" ON "Assignment"("indicatorId");
CREATE TABLE "new_Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "definitionId" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Indicator_definitionId_fkey" FOREIGN KEY ("definitionId") REFERENCES "IndicatorDefinition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Indicator_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Indicator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Each indicator becomes its own definition (same id and code) with one series: its area's.
INSERT INTO "new_Indicator" ("id", "definitionId", "areaId", "unitId", "searchText", "sortKey")
SELECT "id", "id", "areaId", "unitId", "searchText", "sortKey" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE INDEX "Indicator_areaId_sortKey_idx" ON "Indicator"("areaId", "sortKey");
CREATE INDEX "Indicator_sortKey_id_idx" ON "Indicator"("sortKey", "id");
CREATE UNIQUE INDEX "Indicator_definitionId_areaId_key" ON "Indicator"("definitionId", "areaId");
CREATE TABLE "new_Period" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "startMonth" INTEGER NOT NULL DEFAULT 1,
    "endYear" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL DEFAULT 12,
    "visionYear" INTEGER,
    CONSTRAINT "Period_months_check" CHECK ("startMonth" BETWEEN 1 AND 12 AND "endMonth" BETWEEN 1 AND 12),
    CONSTRAINT "Period_order_check" CHECK ("endYear" * 12 + "endMonth" >= "startYear" * 12 + "startMonth"),
    CONSTRAINT "Period_year_check" CHECK ("kind" <> 'YEAR' OR ("startYear" = "endYear" AND "startMonth" = 1 AND "endMonth" = 12)),
    CONSTRAINT "Period_vision_check" CHECK ("visionYear" IS NULL OR "visionYear" >= "endYear")
);
INSERT INTO "new_Period" ("id", "key", "kind", "startYear", "startMonth", "endYear", "endMonth", "visionYear")
SELECT "id", "key", "kind", "startYear", 1, "endYear", 12, "visionYear" FROM "Period";
DROP TABLE "Period";
ALTER TABLE "new_Period" RENAME TO "Period";
CREATE UNIQUE INDEX "Period_key_key" ON "Period"("key");
CREATE INDEX "Period_startYear_endYear_idx" ON "Period"("startYear", "endYear");
CREATE TABLE "new_Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Person" ("fullName", "id", "key", "searchText") SELECT "fullName", "id", "key", "searchText" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_key_key" ON "Person"("key");
CREATE TABLE "new_Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "areaId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "status" TEXT,
    "statusQuoteId" INTEGER,
    "adoptedById" INTEGER,
    "parentId" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Plan_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Plan_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Plan_statusQuoteId_fkey" FOREIGN KEY ("statusQuoteId") REFERENCES "Quote" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_adoptedById_fkey" FOREIGN KEY ("adoptedById") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_status_check" CHECK (("status" IS NULL) = ("statusQuoteId" IS NULL))
);
-- A status is a fact only with the quote that states it.
INSERT INTO "new_Plan" ("id", "key", "kind", "level", "areaId", "periodId", "titleVi", "titleEn", "status", "statusQuoteId", "adoptedById", "parentId", "searchText")
SELECT "id", "key", "kind", "level", "areaId", "periodId", "titleVi", "titleEn", CASE WHEN "statusQuoteId" IS NULL THEN NULL ELSE "status" END, "statusQuoteId", "adoptedById", "parentId", "searchText" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_key_key" ON "Plan"("key");
CREATE INDEX "Plan_areaId_periodId_idx" ON "Plan"("areaId", "periodId");
CREATE INDEX "Plan_periodId_idx" ON "Plan"("periodId");
CREATE TABLE "new_Position" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "startDate" DATETIME,
    "endDate" DATETIME,
    "attestedOn" DATETIME NOT NULL,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Position_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Position_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Position_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Position_dates_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate")
);
INSERT INTO "new_Position" ("agencyId", "attestedOn", "endDate", "id", "personId", "quoteId", "role", "startDate", "titleEn", "titleVi") SELECT "agencyId", "attestedOn", "endDate", "id", "personId", "quoteId", "role", "startDate", "titleEn", "titleVi" FROM "Position";
DROP TABLE "Position";
ALTER TABLE "new_Position" RENAME TO "Position";
CREATE INDEX "Position_agencyId_idx" ON "Position"("agencyId");
CREATE UNIQUE INDEX "Position_personId_agencyId_role_attestedOn_key" ON "Position"("personId", "agencyId", "role", "attestedOn");
CREATE TABLE "new_Quote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Quote_offsets_check" CHECK (("start" IS NULL AND "end" IS NULL) OR ("start" IS NOT NULL AND "end" IS NOT NULL AND "start" >= 0 AND "end" > "start")),
    CONSTRAINT "Quote_text_check" CHECK (length("text") > 0)
);
-- A quote's end is its start plus its length; a passage quoted twice keeps its offsets
-- once (its copies keep their text; null offsets never collide).
INSERT INTO "new_Quote" ("id", "sourceId", "text", "start", "end")
SELECT q."id", q."sourceId", q."text",
       CASE WHEN d.dup THEN NULL ELSE q."start" END,
       CASE WHEN d.dup OR q."start" IS NULL THEN NULL ELSE q."start" + length(q."text") END
FROM "Quote" q, (SELECT q2."id", EXISTS (SELECT 1 FROM "Quote" o WHERE o."sourceId" = q2."sourceId" AND o."start" = q2."start" AND length(o."text") = length(q2."text") AND o."id" < q2."id") AS dup FROM "Quote" q2) d
WHERE d."id" = q."id";
DROP TABLE "Quote";
ALTER TABLE "new_Quote" RENAME TO "Quote";
CREATE INDEX "Quote_sourceId_idx" ON "Quote"("sourceId");
CREATE UNIQUE INDEX "Quote_sourceId_start_end_key" ON "Quote"("sourceId", "start", "end");
CREATE TABLE "new_Result" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "indicatorId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "planId" INTEGER,
    "value" REAL,
    "bound" TEXT NOT NULL DEFAULT 'EXACT',
    "unitId" INTEGER NOT NULL,
    "reliability" TEXT NOT NULL,
    "percentOfPlan" REAL,
    "yoyChangePercent" REAL,
    "yoyFactor" REAL,
    "rankChange" INTEGER,
    "quoteId" INTEGER NOT NULL,
    "measure" TEXT NOT NULL DEFAULT 'LEVEL',
    "sourceId" INTEGER NOT NULL,
    "reportedOn" DATETIME,
    "asOf" DATETIME,
    "supersedesId" INTEGER,
    CONSTRAINT "Result_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Result_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Result" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Result_statement_check" CHECK ("value" IS NOT NULL OR "percentOfPlan" IS NOT NULL OR "yoyChangePercent" IS NOT NULL OR "yoyFactor" IS NOT NULL OR "rankChange" IS NOT NULL),
    CONSTRAINT "Result_percent_of_plan_check" CHECK ("percentOfPlan" IS NULL OR "planId" IS NOT NULL)
);
-- A result's source is its quote's.
INSERT INTO "new_Result" ("id", "indicatorId", "periodId", "planId", "value", "bound", "unitId", "reliability", "percentOfPlan", "yoyChangePercent", "yoyFactor", "rankChange", "quoteId", "measure", "sourceId")
SELECT r."id", r."indicatorId", r."periodId", r."planId", r."value", r."bound", r."unitId", r."reliability", r."percentOfPlan", r."yoyChangePercent", r."yoyFactor", r."rankChange", r."quoteId", r."measure",
       (SELECT q."sourceId" FROM "Quote" q WHERE q."id" = r."quoteId")
FROM "Result" r;
DROP TABLE "Result";
ALTER TABLE "new_Result" RENAME TO "Result";
CREATE UNIQUE INDEX "Result_supersedesId_key" ON "Result"("supersedesId");
CREATE INDEX "Result_periodId_idx" ON "Result"("periodId");
CREATE INDEX "Result_sourceId_idx" ON "Result"("sourceId");
CREATE UNIQUE INDEX "Result_indicatorId_periodId_measure_sourceId_key" ON "Result"("indicatorId", "periodId", "measure", "sourceId");
CREATE TABLE "new_Solution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "textVi" TEXT NOT NULL,
    "textEn" TEXT,
    "sectorId" INTEGER,
    "planId" INTEGER NOT NULL,
    "eventId" INTEGER,
    "issuedById" INTEGER,
    "position" INTEGER NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Solution_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Solution_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Solution_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Solution_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Solution_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Solution" ("eventId", "id", "issuedById", "key", "kind", "planId", "position", "quoteId", "searchText", "sectorId", "sortKey", "textEn", "textVi") SELECT "eventId", "id", "issuedById", "key", "kind", "planId", "position", "quoteId", "searchText", "sectorId", "sortKey", "textEn", "textVi" FROM "Solution";
DROP TABLE "Solution";
ALTER TABLE "new_Solution" RENAME TO "Solution";
CREATE UNIQUE INDEX "Solution_key_key" ON "Solution"("key");
CREATE INDEX "Solution_planId_position_idx" ON "Solution"("planId", "position");
CREATE INDEX "Solution_sectorId_idx" ON "Solution"("sectorId");
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisherName" TEXT NOT NULL,
    "publisherId" INTEGER,
    "documentNumber" TEXT,
    "publishedOn" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "text" TEXT,
    CONSTRAINT "Source_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- The previous release knew only exact days; source texts are stored from the next seed on.
INSERT INTO "new_Source" ("id", "key", "kind", "title", "publisherName", "publishedOn", "datePrecision", "url", "language")
SELECT "id", "key", "kind", "title", "publisher", "publishedAt", 'DAY', "url", "language" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");
CREATE TABLE "new_Target" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "indicatorId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "comparator" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "valueMax" REAL,
    "rangeKind" TEXT,
    "unitId" INTEGER NOT NULL,
    "isMain" BOOLEAN NOT NULL DEFAULT false,
    "adoptedOn" DATETIME,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_range_check" CHECK (("comparator" = 'RANGE' AND "valueMax" IS NOT NULL AND "valueMax" > "value") OR ("comparator" <> 'RANGE' AND "valueMax" IS NULL)),
    CONSTRAINT "Target_range_kind_check" CHECK (("comparator" = 'RANGE') = ("rangeKind" IS NOT NULL))
);
-- One target per plan, indicator, period and kind: where there were several, the latest
-- recorded is the one in force and the others become its revisions.
INSERT INTO "TargetRevision" ("targetId", "comparator", "value", "valueMax", "rangeKind", "unitId", "quoteId")
SELECT (SELECT max(l."id") FROM "Target" l WHERE l."planId" = t."planId" AND l."indicatorId" = t."indicatorId" AND l."periodId" = t."periodId" AND l."kind" = t."kind"),
       t."comparator", t."value", t."valueMax", t."rangeKind", t."unitId", t."quoteId"
FROM "Target" t WHERE EXISTS (SELECT 1 FROM "Target" l WHERE l."planId" = t."planId" AND l."indicatorId" = t."indicatorId" AND l."periodId" = t."periodId" AND l."kind" = t."kind" AND l."id" > t."id") ORDER BY t."id";
INSERT INTO "new_Target" ("id", "indicatorId", "planId", "periodId", "kind", "comparator", "value", "valueMax", "rangeKind", "unitId", "isMain", "quoteId")
SELECT t."id", t."indicatorId", t."planId", t."periodId", t."kind", t."comparator", t."value", t."valueMax", t."rangeKind", t."unitId", t."isMain", t."quoteId"
FROM "Target" t WHERE NOT EXISTS (SELECT 1 FROM "Target" l WHERE l."planId" = t."planId" AND l."indicatorId" = t."indicatorId" AND l."periodId" = t."periodId" AND l."kind" = t."kind" AND l."id" > t."id");
DROP TABLE "Target";
ALTER TABLE "new_Target" RENAME TO "Target";
CREATE INDEX "Target_indicatorId_periodId_idx" ON "Target"("indicatorId", "periodId");
CREATE INDEX "Target_periodId_idx" ON "Target"("periodId");
CREATE UNIQUE INDEX "Target_planId_indicatorId_periodId_kind_key" ON "Target"("planId", "indicatorId", "periodId", "kind");
CREATE TABLE "new_Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "labelVi" TEXT NOT NULL,
    "labelEn" TEXT,
    "symbol" TEXT,
    "dimension" TEXT NOT NULL,
    "multiplier" REAL NOT NULL,
    CONSTRAINT "Unit_multiplier_check" CHECK ("multiplier" > 0)
);
INSERT INTO "new_Unit" ("id", "key", "labelVi", "labelEn", "symbol", "dimension", "multiplier") SELECT "id", "key", "labelVi", "labelEn", "symbol", "dimension", "multiplier" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE UNIQUE INDEX "Unit_key_key" ON "Unit"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AreaSuccession_successorId_idx" ON "AreaSuccession"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "AreaSuccession_predecessorId_successorId_key" ON "AreaSuccession"("predecessorId", "successorId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorDefinition_key_key" ON "IndicatorDefinition"("key");

-- CreateIndex
CREATE INDEX "IndicatorDefinition_sectorId_idx" ON "IndicatorDefinition"("sectorId");

-- CreateIndex
CREATE INDEX "IndicatorDefinition_sortKey_id_idx" ON "IndicatorDefinition"("sortKey", "id");

-- CreateIndex
CREATE INDEX "TargetRevision_targetId_idx" ON "TargetRevision"("targetId");

-- CreateIndex
CREATE INDEX "AgencySuccession_successorId_idx" ON "AgencySuccession"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencySuccession_predecessorId_successorId_key" ON "AgencySuccession"("predecessorId", "successorId");

-- Recreated and new tables get the data-version triggers (20261127115437_data_version).
CREATE TRIGGER "Source_insert_bumps_data_version" AFTER INSERT ON "Source" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_update_bumps_data_version" AFTER UPDATE ON "Source" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Source_delete_bumps_data_version" AFTER DELETE ON "Source" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quote_insert_bumps_data_version" AFTER INSERT ON "Quote" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quote_update_bumps_data_version" AFTER UPDATE ON "Quote" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Quote_delete_bumps_data_version" AFTER DELETE ON "Quote" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Unit_insert_bumps_data_version" AFTER INSERT ON "Unit" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Unit_update_bumps_data_version" AFTER UPDATE ON "Unit" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Unit_delete_bumps_data_version" AFTER DELETE ON "Unit" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Period_insert_bumps_data_version" AFTER INSERT ON "Period" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Period_update_bumps_data_version" AFTER UPDATE ON "Period" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Period_delete_bumps_data_version" AFTER DELETE ON "Period" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Area_insert_bumps_data_version" AFTER INSERT ON "Area" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Area_update_bumps_data_version" AFTER UPDATE ON "Area" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Area_delete_bumps_data_version" AFTER DELETE ON "Area" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Plan_insert_bumps_data_version" AFTER INSERT ON "Plan" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Plan_update_bumps_data_version" AFTER UPDATE ON "Plan" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Plan_delete_bumps_data_version" AFTER DELETE ON "Plan" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Indicator_insert_bumps_data_version" AFTER INSERT ON "Indicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Indicator_update_bumps_data_version" AFTER UPDATE ON "Indicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Indicator_delete_bumps_data_version" AFTER DELETE ON "Indicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Target_insert_bumps_data_version" AFTER INSERT ON "Target" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Target_update_bumps_data_version" AFTER UPDATE ON "Target" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Target_delete_bumps_data_version" AFTER DELETE ON "Target" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Result_insert_bumps_data_version" AFTER INSERT ON "Result" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Result_update_bumps_data_version" AFTER UPDATE ON "Result" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Result_delete_bumps_data_version" AFTER DELETE ON "Result" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Assessment_insert_bumps_data_version" AFTER INSERT ON "Assessment" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Assessment_update_bumps_data_version" AFTER UPDATE ON "Assessment" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Assessment_delete_bumps_data_version" AFTER DELETE ON "Assessment" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Solution_insert_bumps_data_version" AFTER INSERT ON "Solution" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Solution_update_bumps_data_version" AFTER UPDATE ON "Solution" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Solution_delete_bumps_data_version" AFTER DELETE ON "Solution" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Agency_insert_bumps_data_version" AFTER INSERT ON "Agency" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Agency_update_bumps_data_version" AFTER UPDATE ON "Agency" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Agency_delete_bumps_data_version" AFTER DELETE ON "Agency" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Person_insert_bumps_data_version" AFTER INSERT ON "Person" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Person_update_bumps_data_version" AFTER UPDATE ON "Person" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Person_delete_bumps_data_version" AFTER DELETE ON "Person" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Position_insert_bumps_data_version" AFTER INSERT ON "Position" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Position_update_bumps_data_version" AFTER UPDATE ON "Position" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Position_delete_bumps_data_version" AFTER DELETE ON "Position" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Assignment_insert_bumps_data_version" AFTER INSERT ON "Assignment" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Assignment_update_bumps_data_version" AFTER UPDATE ON "Assignment" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Assignment_delete_bumps_data_version" AFTER DELETE ON "Assignment" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "IndicatorDefinition_insert_bumps_data_version" AFTER INSERT ON "IndicatorDefinition" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "IndicatorDefinition_update_bumps_data_version" AFTER UPDATE ON "IndicatorDefinition" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "IndicatorDefinition_delete_bumps_data_version" AFTER DELETE ON "IndicatorDefinition" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TargetRevision_insert_bumps_data_version" AFTER INSERT ON "TargetRevision" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TargetRevision_update_bumps_data_version" AFTER UPDATE ON "TargetRevision" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TargetRevision_delete_bumps_data_version" AFTER DELETE ON "TargetRevision" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "AreaSuccession_insert_bumps_data_version" AFTER INSERT ON "AreaSuccession" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "AreaSuccession_update_bumps_data_version" AFTER UPDATE ON "AreaSuccession" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "AreaSuccession_delete_bumps_data_version" AFTER DELETE ON "AreaSuccession" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "AgencySuccession_insert_bumps_data_version" AFTER INSERT ON "AgencySuccession" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "AgencySuccession_update_bumps_data_version" AFTER UPDATE ON "AgencySuccession" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "AgencySuccession_delete_bumps_data_version" AFTER DELETE ON "AgencySuccession" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;

-- A series' searchText and sortKey are copies of its definition's (derived.ts computes
-- the definition's; copying is the database's part).
CREATE TRIGGER "Indicator_insert_copies_definition_names" AFTER INSERT ON "Indicator" BEGIN
  UPDATE "Indicator" SET "searchText" = (SELECT d."searchText" FROM "IndicatorDefinition" d WHERE d."id" = NEW."definitionId"),
                         "sortKey" = (SELECT d."sortKey" FROM "IndicatorDefinition" d WHERE d."id" = NEW."definitionId")
  WHERE "id" = NEW."id";
END;
CREATE TRIGGER "Indicator_update_copies_definition_names" AFTER UPDATE OF "definitionId", "searchText", "sortKey" ON "Indicator" BEGIN
  UPDATE "Indicator" SET "searchText" = (SELECT d."searchText" FROM "IndicatorDefinition" d WHERE d."id" = NEW."definitionId"),
                         "sortKey" = (SELECT d."sortKey" FROM "IndicatorDefinition" d WHERE d."id" = NEW."definitionId")
  WHERE "id" = NEW."id";
END;
CREATE TRIGGER "IndicatorDefinition_update_copies_names" AFTER UPDATE OF "searchText", "sortKey" ON "IndicatorDefinition" BEGIN
  UPDATE "Indicator" SET "searchText" = NEW."searchText", "sortKey" = NEW."sortKey" WHERE "definitionId" = NEW."id";
END;
