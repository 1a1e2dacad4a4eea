-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_ARTICLE', 'RESOLUTION', 'REPORT', 'SYNTHETIC');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('YEAR', 'FIVE_YEAR', 'PLANNING_HORIZON');

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'ALL_LEVELS');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('ANNUAL_SOCIO_ECONOMIC', 'FIVE_YEAR_SOCIO_ECONOMIC', 'MASTER_PLAN');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ADOPTED', 'PUBLISHED', 'IN_IMPLEMENTATION', 'COMPLETED');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'RANK');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('LEVEL', 'INCREASE', 'RANK_CHANGE');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('AT_LEAST', 'AT_MOST', 'EQUAL', 'RANGE');

-- CreateEnum
CREATE TYPE "ValueBound" AS ENUM ('EXACT', 'MORE_THAN', 'AT_LEAST', 'LESS_THAN', 'AT_MOST');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('ESTIMATE', 'PRELIMINARY', 'FINAL');

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('INDICATORS_MET', 'INDICATORS_NOT_MET', 'MAIN_INDICATOR_COUNT', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "SolutionKind" AS ENUM ('SOLUTION', 'DIRECTIVE');

-- CreateEnum
CREATE TYPE "LinkBasis" AS ENUM ('SOURCE_STATED', 'EDITORIAL');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('PARTY_COMMITTEE', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'NATIONAL_ASSEMBLY_DELEGATION', 'DEPARTMENT', 'GROUP');

-- CreateEnum
CREATE TYPE "OfficeRole" AS ENUM ('SECRETARY', 'STANDING_DEPUTY_SECRETARY', 'DEPUTY_SECRETARY', 'CHAIR', 'HEAD', 'MEMBER');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('LEAD', 'COORDINATE', 'IMPLEMENT');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CONFERENCE');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "fileName" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "labelVi" TEXT NOT NULL,
    "labelEn" TEXT,
    "symbol" TEXT,
    "dimension" TEXT NOT NULL,
    "multiplier" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Period" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "PeriodKind" NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "visionYear" INTEGER,

    CONSTRAINT "Period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "level" "Level" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "parentId" INTEGER,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "searchText" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "PlanKind" NOT NULL,
    "level" "Level" NOT NULL,
    "areaId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "status" "PlanStatus",
    "statusQuoteId" INTEGER,
    "adoptedById" INTEGER,
    "parentId" INTEGER,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sector" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "parentId" INTEGER,

    CONSTRAINT "Sector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "areaId" INTEGER NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "sectorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "direction" "Direction" NOT NULL,
    "searchText" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "comparator" "Comparator" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "valueMax" DOUBLE PRECISION,
    "unitId" INTEGER NOT NULL,
    "isMain" BOOLEAN NOT NULL DEFAULT false,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "planId" INTEGER,
    "value" DOUBLE PRECISION,
    "bound" "ValueBound" NOT NULL DEFAULT 'EXACT',
    "unitId" INTEGER NOT NULL,
    "reliability" "Reliability" NOT NULL,
    "percentOfPlan" DOUBLE PRECISION,
    "yoyChangePercent" DOUBLE PRECISION,
    "yoyFactor" DOUBLE PRECISION,
    "rankChange" INTEGER,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "planId" INTEGER NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "count" INTEGER,
    "outOf" INTEGER,
    "statementVi" TEXT NOT NULL,
    "statementEn" TEXT,
    "reliability" "Reliability" NOT NULL,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Solution" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "SolutionKind" NOT NULL,
    "textVi" TEXT NOT NULL,
    "textEn" TEXT,
    "sectorId" INTEGER,
    "planId" INTEGER NOT NULL,
    "eventId" INTEGER,
    "issuedById" INTEGER,
    "position" INTEGER NOT NULL,
    "searchText" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "quoteId" INTEGER NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Solution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SolutionIndicator" (
    "id" SERIAL NOT NULL,
    "solutionId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "basis" "LinkBasis" NOT NULL,
    "rationale" TEXT NOT NULL,

    CONSTRAINT "SolutionIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "level" "Level" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "abbreviation" TEXT,
    "areaId" INTEGER,
    "parentId" INTEGER,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "searchText" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "role" "OfficeRole" NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "startDate" TIMESTAMP(3),
    "endDate" TIMESTAMP(3),
    "attestedOn" TIMESTAMP(3) NOT NULL,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "solutionId" INTEGER,
    "indicatorId" INTEGER,
    "role" "AssignmentRole" NOT NULL,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "date" TIMESTAMP(3) NOT NULL,
    "areaId" INTEGER NOT NULL,
    "organizerId" INTEGER,
    "planId" INTEGER,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "roleVi" TEXT NOT NULL,
    "roleEn" TEXT,
    "quoteId" INTEGER NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_key_key" ON "Quote"("key");

-- CreateIndex
CREATE INDEX "Quote_sourceId_idx" ON "Quote"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_key_key" ON "Unit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Period_key_key" ON "Period"("key");

-- CreateIndex
CREATE INDEX "Period_startYear_endYear_idx" ON "Period"("startYear", "endYear");

-- CreateIndex
CREATE UNIQUE INDEX "Area_key_key" ON "Area"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_key_key" ON "Plan"("key");

-- CreateIndex
CREATE INDEX "Plan_areaId_periodId_idx" ON "Plan"("areaId", "periodId");

-- CreateIndex
CREATE INDEX "Plan_periodId_idx" ON "Plan"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "Sector_key_key" ON "Sector"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_key_key" ON "Indicator"("key");

-- CreateIndex
CREATE INDEX "Indicator_areaId_sortKey_idx" ON "Indicator"("areaId", "sortKey");

-- CreateIndex
CREATE INDEX "Indicator_sectorId_idx" ON "Indicator"("sectorId");

-- CreateIndex
CREATE INDEX "Indicator_sortKey_id_idx" ON "Indicator"("sortKey", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Target_key_key" ON "Target"("key");

-- CreateIndex
CREATE INDEX "Target_planId_indicatorId_idx" ON "Target"("planId", "indicatorId");

-- CreateIndex
CREATE INDEX "Target_indicatorId_periodId_idx" ON "Target"("indicatorId", "periodId");

-- CreateIndex
CREATE INDEX "Target_periodId_idx" ON "Target"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "Result_key_key" ON "Result"("key");

-- CreateIndex
CREATE INDEX "Result_indicatorId_periodId_idx" ON "Result"("indicatorId", "periodId");

-- CreateIndex
CREATE INDEX "Result_periodId_idx" ON "Result"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_key_key" ON "Assessment"("key");

-- CreateIndex
CREATE INDEX "Assessment_planId_idx" ON "Assessment"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "Solution_key_key" ON "Solution"("key");

-- CreateIndex
CREATE INDEX "Solution_planId_position_idx" ON "Solution"("planId", "position");

-- CreateIndex
CREATE INDEX "Solution_sectorId_idx" ON "Solution"("sectorId");

-- CreateIndex
CREATE INDEX "SolutionIndicator_indicatorId_idx" ON "SolutionIndicator"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "SolutionIndicator_solutionId_indicatorId_key" ON "SolutionIndicator"("solutionId", "indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_key_key" ON "Agency"("key");

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE INDEX "Agency_level_sortKey_idx" ON "Agency"("level", "sortKey");

-- CreateIndex
CREATE UNIQUE INDEX "Person_key_key" ON "Person"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Position_key_key" ON "Position"("key");

-- CreateIndex
CREATE INDEX "Position_agencyId_idx" ON "Position"("agencyId");

-- CreateIndex
CREATE INDEX "Position_personId_idx" ON "Position"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_key_key" ON "Assignment"("key");

-- CreateIndex
CREATE INDEX "Assignment_agencyId_idx" ON "Assignment"("agencyId");

-- CreateIndex
CREATE INDEX "Assignment_solutionId_idx" ON "Assignment"("solutionId");

-- CreateIndex
CREATE INDEX "Assignment_indicatorId_idx" ON "Assignment"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_key_key" ON "Event"("key");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_eventId_personId_key" ON "EventParticipant"("eventId", "personId");

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_statusQuoteId_fkey" FOREIGN KEY ("statusQuoteId") REFERENCES "Quote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_adoptedById_fkey" FOREIGN KEY ("adoptedById") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sector" ADD CONSTRAINT "Sector_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Sector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionIndicator" ADD CONSTRAINT "SolutionIndicator_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionIndicator" ADD CONSTRAINT "SolutionIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
