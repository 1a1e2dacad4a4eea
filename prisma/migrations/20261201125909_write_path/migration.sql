-- The write path (issue 12): API tokens, the audit trail, and on targets and results a
-- version (optimistic concurrency) and a retirement date (retired records stay in
-- history and leave every list).
--
-- Written by hand where Prisma would rebuild "Result" and "Target" (SQLite's table
-- redefinition): that would drop their CHECK constraints and their triggers. Adding the
-- columns keeps both, and every row.

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "areaKeys" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdBy" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Change" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "changeSet" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "actorKind" TEXT NOT NULL,
    "tokenId" INTEGER,
    "operation" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "recordId" INTEGER NOT NULL,
    "areaId" INTEGER,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT
);

-- AlterTable: every existing target and result starts at version 1, not retired.
ALTER TABLE "Result" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Result" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "Target" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Target" ADD COLUMN "retiredAt" DATETIME;

CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");
CREATE INDEX "Change_model_recordId_id_idx" ON "Change"("model", "recordId", "id");
CREATE INDEX "Change_areaId_id_idx" ON "Change"("areaId", "id");
CREATE INDEX "Change_actor_id_idx" ON "Change"("actor", "id");
CREATE INDEX "Change_at_id_idx" ON "Change"("at", "id");
CREATE INDEX "Change_changeSet_idx" ON "Change"("changeSet");

-- The audit trail is written only inside writing transactions, which move the data
-- version anyway; its triggers keep the rule "every data table moves it" without
-- exceptions. API tokens have none on purpose: using a token (lastUsedAt) is not a change
-- of the data, and must not empty every cache.
CREATE TRIGGER "Change_insert_bumps_data_version" AFTER INSERT ON "Change" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Change_update_bumps_data_version" AFTER UPDATE ON "Change" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Change_delete_bumps_data_version" AFTER DELETE ON "Change" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
