-- The model for many provinces, years and revised figures (issue 11): indicator
-- definitions shared by areas, with a series per area; natural keys on facts; revisions
-- of results and targets; sub-annual periods; succession of areas and agencies; sources
-- with date precision, publisher, document number and text; synthetic data identified
-- by its source. Written from Prisma's diff, by hand where data must be carried over
-- (every statement that moves data says how), with the data's own rules as named CHECK
-- constraints (packages/db/src/rules/constraints.ts holds the same rules), the triggers
-- of the new tables, and the SQLite migration's twin in every data rule.

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');
CREATE TYPE "AreaLevel" AS ENUM ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE');
CREATE TYPE "SuccessionKind" AS ENUM ('MERGED_INTO', 'SPLIT_INTO', 'RENAMED_TO');
CREATE TYPE "AgencyLevel" AS ENUM ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'ALL_LEVELS');

-- AlterEnum (new values are not used in this migration, as PostgreSQL requires of values
-- added in the same transaction)
ALTER TYPE "PeriodKind" ADD VALUE 'HALF_YEAR';
ALTER TYPE "PeriodKind" ADD VALUE 'NINE_MONTHS';
ALTER TYPE "PeriodKind" ADD VALUE 'QUARTER';
ALTER TYPE "SourceKind" ADD VALUE 'DECISION';
ALTER TYPE "SourceKind" ADD VALUE 'PLAN_DOCUMENT';
ALTER TYPE "SourceKind" ADD VALUE 'STATISTICAL_PUBLICATION';

-- Synthetic rows of older generators whose database has no synthetic source: they are
-- now identified by one.
INSERT INTO "Source" ("key", "kind", "title", "publisher", "publishedAt", "language", "synthetic")
SELECT 'syn-migrated', 'SYNTHETIC', 'Synthetic load-test data (not real)', 'PlanHub benchmark generator', '2024-01-01', 'vi', true
WHERE NOT EXISTS (SELECT 1 FROM "Source" WHERE "kind" = 'SYNTHETIC')
  AND (EXISTS (SELECT 1 FROM "Area" WHERE "synthetic") OR EXISTS (SELECT 1 FROM "Agency" WHERE "synthetic") OR EXISTS (SELECT 1 FROM "Indicator" WHERE "synthetic"));

-- Source: the previous release knew only exact days; texts are stored from the next seed on.
ALTER TABLE "Source" ADD COLUMN "publisherName" TEXT,
ADD COLUMN "publisherId" INTEGER,
ADD COLUMN "documentNumber" TEXT,
ADD COLUMN "publishedOn" TIMESTAMP(3),
ADD COLUMN "datePrecision" "DatePrecision",
ADD COLUMN "text" TEXT;
UPDATE "Source" SET "publisherName" = "publisher", "publishedOn" = "publishedAt", "datePrecision" = 'DAY';
ALTER TABLE "Source" ALTER COLUMN "publisherName" SET NOT NULL,
ALTER COLUMN "publishedOn" SET NOT NULL,
ALTER COLUMN "datePrecision" SET NOT NULL,
DROP COLUMN "publisher",
DROP COLUMN "publishedAt",
DROP COLUMN "fileName";

-- Quote: its end is its start plus its length; a passage quoted twice keeps its offsets
-- once (its copies keep their text; null offsets never collide).
DROP INDEX "Quote_key_key";
ALTER TABLE "Quote" DROP COLUMN "key", ADD COLUMN "end" INTEGER;
UPDATE "Quote" SET "end" = "start" + char_length("text") WHERE "start" IS NOT NULL;
UPDATE "Quote" q SET "start" = NULL, "end" = NULL
WHERE EXISTS (SELECT 1 FROM "Quote" o WHERE o."sourceId" = q."sourceId" AND o."start" = q."start" AND o."end" = q."end" AND o."id" < q."id");

-- Period: whole years, as every period of the previous release was.
ALTER TABLE "Period" ADD COLUMN "startMonth" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "endMonth" INTEGER NOT NULL DEFAULT 12;

-- Levels: areas and agencies have their own.
ALTER TABLE "Area" ALTER COLUMN "level" TYPE "AreaLevel" USING "level"::text::"AreaLevel";
ALTER TABLE "Plan" ALTER COLUMN "level" TYPE "AreaLevel" USING "level"::text::"AreaLevel";
ALTER TABLE "Agency" ALTER COLUMN "level" TYPE "AgencyLevel" USING "level"::text::"AgencyLevel";
DROP TYPE "Level";

-- Synthetic areas and agencies are named in the synthetic source.
ALTER TABLE "Area" ADD COLUMN "namedInId" INTEGER, ALTER COLUMN "searchText" SET DEFAULT '';
UPDATE "Area" SET "namedInId" = (SELECT min("id") FROM "Source" WHERE "kind" = 'SYNTHETIC') WHERE "synthetic";
ALTER TABLE "Agency" ADD COLUMN "namedInId" INTEGER, ALTER COLUMN "searchText" SET DEFAULT '', ALTER COLUMN "sortKey" SET DEFAULT '';
UPDATE "Agency" SET "namedInId" = (SELECT min("id") FROM "Source" WHERE "kind" = 'SYNTHETIC') WHERE "synthetic";

-- Every indicator of the previous release becomes a definition of its own, with the same
-- id and code (its names, sector, direction, and its unit's dimension), and one series
-- of it: its area's.
-- CreateTable
CREATE TABLE "IndicatorDefinition" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "sectorId" INTEGER NOT NULL,
    "direction" "Direction" NOT NULL,
    "dimension" TEXT NOT NULL,
    "nationalCode" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "namedInId" INTEGER,

    CONSTRAINT "IndicatorDefinition_pkey" PRIMARY KEY ("id")
);
INSERT INTO "IndicatorDefinition" ("id", "key", "nameVi", "nameEn", "descriptionVi", "descriptionEn", "sectorId", "direction", "dimension", "searchText", "sortKey", "namedInId")
SELECT i."id", i."key", i."nameVi", i."nameEn", i."descriptionVi", i."descriptionEn", i."sectorId", i."direction", u."dimension", i."searchText", i."sortKey",
       CASE WHEN i."synthetic" THEN (SELECT min("id") FROM "Source" WHERE "kind" = 'SYNTHETIC') END
FROM "Indicator" i JOIN "Unit" u ON u."id" = i."unitId";
SELECT setval(pg_get_serial_sequence('"IndicatorDefinition"', 'id'), COALESCE((SELECT max("id") FROM "IndicatorDefinition"), 0) + 1, false);
ALTER TABLE "Indicator" DROP CONSTRAINT "Indicator_sectorId_fkey";
DROP INDEX "Indicator_key_key";
DROP INDEX "Indicator_sectorId_idx";
ALTER TABLE "Indicator" ADD COLUMN "definitionId" INTEGER;
UPDATE "Indicator" SET "definitionId" = "id";
ALTER TABLE "Indicator" ALTER COLUMN "definitionId" SET NOT NULL,
DROP COLUMN "descriptionEn",
DROP COLUMN "descriptionVi",
DROP COLUMN "direction",
DROP COLUMN "key",
DROP COLUMN "nameEn",
DROP COLUMN "nameVi",
DROP COLUMN "sectorId",
DROP COLUMN "synthetic",
ALTER COLUMN "searchText" SET DEFAULT '',
ALTER COLUMN "sortKey" SET DEFAULT '';

-- Target: one per plan, indicator, period and kind. Where there were several, the latest
-- recorded is the one in force and the others become its revisions.
-- CreateTable
CREATE TABLE "TargetRevision" (
    "id" SERIAL NOT NULL,
    "targetId" INTEGER NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "valueMax" DOUBLE PRECISION,
    "rangeKind" "RangeKind",
    "unitId" INTEGER NOT NULL,
    "adoptedOn" TIMESTAMP(3),
    "replacedOn" TIMESTAMP(3),
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "TargetRevision_pkey" PRIMARY KEY ("id")
);
DROP INDEX "Target_key_key";
DROP INDEX "Target_planId_indicatorId_idx";
ALTER TABLE "Target" DROP COLUMN "key", ADD COLUMN "adoptedOn" TIMESTAMP(3);
INSERT INTO "TargetRevision" ("targetId", "comparator", "value", "valueMax", "rangeKind", "unitId", "quoteId")
SELECT (SELECT max(l."id") FROM "Target" l WHERE l."planId" = t."planId" AND l."indicatorId" = t."indicatorId" AND l."periodId" = t."periodId" AND l."kind" = t."kind"), t."comparator", t."value", t."valueMax", t."rangeKind", t."unitId", t."quoteId"
FROM "Target" t WHERE EXISTS (SELECT 1 FROM "Target" l WHERE l."planId" = t."planId" AND l."indicatorId" = t."indicatorId" AND l."periodId" = t."periodId" AND l."kind" = t."kind" AND l."id" > t."id") ORDER BY t."id";
DELETE FROM "Target" t WHERE EXISTS (SELECT 1 FROM "Target" l WHERE l."planId" = t."planId" AND l."indicatorId" = t."indicatorId" AND l."periodId" = t."periodId" AND l."kind" = t."kind" AND l."id" > t."id");

-- Result: its source is its quote's.
DROP INDEX "Result_key_key";
DROP INDEX "Result_indicatorId_periodId_idx";
ALTER TABLE "Result" DROP COLUMN "key",
ADD COLUMN "asOf" TIMESTAMP(3),
ADD COLUMN "reportedOn" TIMESTAMP(3),
ADD COLUMN "sourceId" INTEGER,
ADD COLUMN "supersedesId" INTEGER;
UPDATE "Result" r SET "sourceId" = q."sourceId" FROM "Quote" q WHERE q."id" = r."quoteId";
ALTER TABLE "Result" ALTER COLUMN "sourceId" SET NOT NULL;

-- Plan: a status is a fact only with the quote that states it.
ALTER TABLE "Plan" ALTER COLUMN "searchText" SET DEFAULT '';
UPDATE "Plan" SET "status" = NULL WHERE "statusQuoteId" IS NULL AND "status" IS NOT NULL;

-- Assignment: now for exactly one thing, within a plan or a period. One for a solution
-- holds within the solution's plan; one for an indicator alone, within the latest plan
-- that sets a target for it; one for both becomes two.
DROP INDEX "Assignment_key_key";
ALTER TABLE "Assignment" DROP COLUMN "key", ADD COLUMN "periodId" INTEGER, ADD COLUMN "planId" INTEGER;
INSERT INTO "Assignment" ("agencyId", "indicatorId", "role", "quoteId")
SELECT a."agencyId", a."indicatorId", a."role", a."quoteId" FROM "Assignment" a WHERE a."solutionId" IS NOT NULL AND a."indicatorId" IS NOT NULL ORDER BY a."id";
UPDATE "Assignment" SET "indicatorId" = NULL WHERE "solutionId" IS NOT NULL AND "indicatorId" IS NOT NULL;
UPDATE "Assignment" a SET "planId" = s."planId" FROM "Solution" s WHERE s."id" = a."solutionId";
UPDATE "Assignment" a SET "planId" = (SELECT t."planId" FROM "Target" t JOIN "Period" p ON p."id" = t."periodId" WHERE t."indicatorId" = a."indicatorId" ORDER BY p."endYear" DESC, t."id" DESC LIMIT 1) WHERE a."solutionId" IS NULL;

-- Facts without keys of their own; synthetic flags go (the source says it).
DROP INDEX "Assessment_key_key";
ALTER TABLE "Assessment" DROP COLUMN "key";
DROP INDEX "Position_key_key";
DROP INDEX "Position_personId_idx";
ALTER TABLE "Position" DROP COLUMN "key";
ALTER TABLE "Solution" DROP COLUMN "synthetic", ALTER COLUMN "searchText" SET DEFAULT '', ALTER COLUMN "sortKey" SET DEFAULT '';
ALTER TABLE "Person" ALTER COLUMN "searchText" SET DEFAULT '';
ALTER TABLE "Area" DROP COLUMN "synthetic";
ALTER TABLE "Agency" DROP COLUMN "synthetic";
ALTER TABLE "Source" DROP COLUMN "synthetic";

-- CreateTable
CREATE TABLE "AreaSuccession" (
    "id" SERIAL NOT NULL,
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "kind" "SuccessionKind" NOT NULL,
    "effectiveOn" TIMESTAMP(3) NOT NULL,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "AreaSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencySuccession" (
    "id" SERIAL NOT NULL,
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "kind" "SuccessionKind" NOT NULL,
    "effectiveOn" TIMESTAMP(3) NOT NULL,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "AgencySuccession_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex (Prisma's diff drops the column; its change of type here keeps the index)
CREATE INDEX IF NOT EXISTS "Agency_level_sortKey_idx" ON "Agency"("level", "sortKey");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_planId_kind_quoteId_key" ON "Assessment"("planId", "kind", "quoteId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_definitionId_areaId_key" ON "Indicator"("definitionId", "areaId");

-- CreateIndex
CREATE UNIQUE INDEX "Position_personId_agencyId_role_attestedOn_key" ON "Position"("personId", "agencyId", "role", "attestedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_sourceId_start_end_key" ON "Quote"("sourceId", "start", "end");

-- CreateIndex
CREATE UNIQUE INDEX "Result_supersedesId_key" ON "Result"("supersedesId");

-- CreateIndex
CREATE INDEX "Result_sourceId_idx" ON "Result"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Result_indicatorId_periodId_measure_sourceId_key" ON "Result"("indicatorId", "periodId", "measure", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Target_planId_indicatorId_periodId_kind_key" ON "Target"("planId", "indicatorId", "periodId", "kind");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_namedInId_fkey" FOREIGN KEY ("namedInId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaSuccession" ADD CONSTRAINT "AreaSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaSuccession" ADD CONSTRAINT "AreaSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaSuccession" ADD CONSTRAINT "AreaSuccession_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorDefinition" ADD CONSTRAINT "IndicatorDefinition_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorDefinition" ADD CONSTRAINT "IndicatorDefinition_namedInId_fkey" FOREIGN KEY ("namedInId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_definitionId_fkey" FOREIGN KEY ("definitionId") REFERENCES "IndicatorDefinition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Result"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_namedInId_fkey" FOREIGN KEY ("namedInId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencySuccession" ADD CONSTRAINT "AgencySuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencySuccession" ADD CONSTRAINT "AgencySuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencySuccession" ADD CONSTRAINT "AgencySuccession_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The data's own rules (packages/db/src/rules/constraints.ts).
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_offsets_check" CHECK (("start" IS NULL AND "end" IS NULL) OR ("start" IS NOT NULL AND "end" IS NOT NULL AND "start" >= 0 AND "end" > "start"));
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_text_check" CHECK (length("text") > 0);
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_multiplier_check" CHECK ("multiplier" > 0);
ALTER TABLE "Period" ADD CONSTRAINT "Period_months_check" CHECK ("startMonth" BETWEEN 1 AND 12 AND "endMonth" BETWEEN 1 AND 12);
ALTER TABLE "Period" ADD CONSTRAINT "Period_order_check" CHECK ("endYear" * 12 + "endMonth" >= "startYear" * 12 + "startMonth");
ALTER TABLE "Period" ADD CONSTRAINT "Period_year_check" CHECK ("kind" <> 'YEAR' OR ("startYear" = "endYear" AND "startMonth" = 1 AND "endMonth" = 12));
ALTER TABLE "Period" ADD CONSTRAINT "Period_vision_check" CHECK ("visionYear" IS NULL OR "visionYear" >= "endYear");
ALTER TABLE "Area" ADD CONSTRAINT "Area_validity_check" CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validTo" >= "validFrom");
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_validity_check" CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validTo" >= "validFrom");
ALTER TABLE "AreaSuccession" ADD CONSTRAINT "AreaSuccession_distinct_check" CHECK ("predecessorId" <> "successorId");
ALTER TABLE "AgencySuccession" ADD CONSTRAINT "AgencySuccession_distinct_check" CHECK ("predecessorId" <> "successorId");
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_status_check" CHECK (("status" IS NULL) = ("statusQuoteId" IS NULL));
ALTER TABLE "Target" ADD CONSTRAINT "Target_range_check" CHECK (("comparator" = 'RANGE' AND "valueMax" IS NOT NULL AND "valueMax" > "value") OR ("comparator" <> 'RANGE' AND "valueMax" IS NULL));
ALTER TABLE "Target" ADD CONSTRAINT "Target_range_kind_check" CHECK (("comparator" = 'RANGE') = ("rangeKind" IS NOT NULL));
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_range_check" CHECK (("comparator" = 'RANGE' AND "valueMax" IS NOT NULL AND "valueMax" > "value") OR ("comparator" <> 'RANGE' AND "valueMax" IS NULL));
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_range_kind_check" CHECK (("comparator" = 'RANGE') = ("rangeKind" IS NOT NULL));
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_dates_check" CHECK ("replacedOn" IS NULL OR "adoptedOn" IS NULL OR "replacedOn" >= "adoptedOn");
ALTER TABLE "Result" ADD CONSTRAINT "Result_statement_check" CHECK ("value" IS NOT NULL OR "percentOfPlan" IS NOT NULL OR "yoyChangePercent" IS NOT NULL OR "yoyFactor" IS NOT NULL OR "rankChange" IS NOT NULL);
ALTER TABLE "Result" ADD CONSTRAINT "Result_percent_of_plan_check" CHECK ("percentOfPlan" IS NULL OR "planId" IS NOT NULL);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_count_check" CHECK ("kind" = 'QUALITATIVE' OR "count" IS NOT NULL);
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_out_of_check" CHECK ("count" IS NULL OR ("count" >= 0 AND ("outOf" IS NULL OR "count" <= "outOf")));
ALTER TABLE "Position" ADD CONSTRAINT "Position_dates_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_subject_check" CHECK (("solutionId" IS NULL) <> ("indicatorId" IS NULL));
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_scope_check" CHECK ("planId" IS NOT NULL OR "periodId" IS NOT NULL);

-- The new tables get the data-version trigger (20261127115437_data_version).
CREATE TRIGGER "IndicatorDefinition_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IndicatorDefinition" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "TargetRevision_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TargetRevision" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "AreaSuccession_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AreaSuccession" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "AgencySuccession_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgencySuccession" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();

-- A series' searchText and sortKey are copies of its definition's (derived.ts computes
-- the definition's; copying is the database's part).
CREATE FUNCTION "planhub_copy_definition_names"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d."searchText", d."sortKey" INTO NEW."searchText", NEW."sortKey" FROM "IndicatorDefinition" d WHERE d."id" = NEW."definitionId";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Indicator_copies_definition_names" BEFORE INSERT OR UPDATE ON "Indicator" FOR EACH ROW EXECUTE FUNCTION "planhub_copy_definition_names"();

CREATE FUNCTION "planhub_definition_names_to_series"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Indicator" SET "searchText" = NEW."searchText", "sortKey" = NEW."sortKey" WHERE "definitionId" = NEW."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "IndicatorDefinition_names_to_series" AFTER UPDATE OF "searchText", "sortKey" ON "IndicatorDefinition" FOR EACH ROW EXECUTE FUNCTION "planhub_definition_names_to_series"();
