-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "epoch" TEXT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The one row. Written by hand, as are the function and triggers below (Prisma does not
-- model them).
INSERT INTO "DataVersion" ("id", "version", "epoch") VALUES (1, 0, gen_random_uuid()::text);

-- Every write statement on a data table bumps the version inside the writing
-- transaction, so the new version becomes visible exactly when the write commits,
-- whoever wrote it. Statement-level: one bump per statement, however many rows.
CREATE FUNCTION "planhub_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Source_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Quote_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Quote" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Unit_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Unit" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Period_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Period" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Area_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Plan_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Plan" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Sector_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Sector" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Indicator_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Indicator" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Target_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Target" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Result_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Result" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Assessment_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Assessment" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Solution_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Solution" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "SolutionIndicator_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SolutionIndicator" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Agency_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agency" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Person_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Person" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Position_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Position" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Assignment_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Assignment" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "Event_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
CREATE TRIGGER "EventParticipant_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventParticipant" FOR EACH STATEMENT EXECUTE FUNCTION "planhub_bump_data_version"();
