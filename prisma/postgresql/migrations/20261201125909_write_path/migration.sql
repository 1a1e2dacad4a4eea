-- CreateEnum
CREATE TYPE "TokenRole" AS ENUM ('EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('TOKEN', 'JWT');

-- CreateEnum
CREATE TYPE "ChangeOperation" AS ENUM ('CREATE', 'UPDATE', 'RETIRE');

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "role" "TokenRole" NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "areaKeys" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdBy" TEXT NOT NULL,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Change" (
    "id" SERIAL NOT NULL,
    "changeSet" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "actorKind" "ActorKind" NOT NULL,
    "tokenId" INTEGER,
    "operation" "ChangeOperation" NOT NULL,
    "model" TEXT NOT NULL,
    "recordId" INTEGER NOT NULL,
    "areaId" INTEGER,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT,

    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");

-- CreateIndex
CREATE INDEX "Change_model_recordId_id_idx" ON "Change"("model", "recordId", "id");

-- CreateIndex
CREATE INDEX "Change_areaId_id_idx" ON "Change"("areaId", "id");

-- CreateIndex
CREATE INDEX "Change_actor_id_idx" ON "Change"("actor", "id");

-- CreateIndex
CREATE INDEX "Change_at_id_idx" ON "Change"("at", "id");

-- CreateIndex
CREATE INDEX "Change_changeSet_idx" ON "Change"("changeSet");

-- The audit trail is written only inside writing transactions, which move the data
-- version anyway; its trigger keeps the rule "every data table moves it" without
-- exceptions. API tokens have none on purpose: using a token (lastUsedAt) is not a change
-- of the data, and must not empty every cache.
CREATE TRIGGER "Change_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Change" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
