-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "fileName" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER,
    CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "labelVi" TEXT NOT NULL,
    "labelEn" TEXT,
    "symbol" TEXT,
    "dimension" TEXT NOT NULL,
    "multiplier" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "Period" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "visionYear" INTEGER
);

-- CreateTable
CREATE TABLE "Area" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "parentId" INTEGER,
    "validFrom" DATETIME,
    "validTo" DATETIME,
    "searchText" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
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
    "searchText" TEXT NOT NULL,
    CONSTRAINT "Plan_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Plan_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Plan_statusQuoteId_fkey" FOREIGN KEY ("statusQuoteId") REFERENCES "Quote" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_adoptedById_fkey" FOREIGN KEY ("adoptedById") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sector" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "parentId" INTEGER,
    CONSTRAINT "Sector_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Sector" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "areaId" INTEGER NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "sectorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "direction" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Indicator_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Indicator_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Indicator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Target" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "comparator" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "valueMax" REAL,
    "unitId" INTEGER NOT NULL,
    "isMain" BOOLEAN NOT NULL DEFAULT false,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Target_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Result" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
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
    CONSTRAINT "Result_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Result_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Result_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "planId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER,
    "outOf" INTEGER,
    "statementVi" TEXT NOT NULL,
    "statementEn" TEXT,
    "reliability" TEXT NOT NULL,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Assessment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Solution" (
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
    "searchText" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "quoteId" INTEGER NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Solution_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Solution_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Solution_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Solution_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Solution_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SolutionIndicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "solutionId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    CONSTRAINT "SolutionIndicator_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SolutionIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agency" (
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
    "searchText" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Agency_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "searchText" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Position" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
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
    CONSTRAINT "Position_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "solutionId" INTEGER,
    "indicatorId" INTEGER,
    "role" TEXT NOT NULL,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Assignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT,
    "date" DATETIME NOT NULL,
    "areaId" INTEGER NOT NULL,
    "organizerId" INTEGER,
    "planId" INTEGER,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "Event_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "Agency" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "roleVi" TEXT NOT NULL,
    "roleEn" TEXT,
    "quoteId" INTEGER NOT NULL,
    CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
