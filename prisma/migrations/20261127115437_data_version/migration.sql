-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "epoch" TEXT NOT NULL
);

-- The one row. Written by hand, as are the triggers below (Prisma does not model them).
INSERT INTO "DataVersion" ("id", "version", "epoch") VALUES (1, 0, lower(hex(randomblob(8))));

-- Every write to a data table bumps the version inside the writing transaction, so the
-- new version becomes visible exactly when the write commits, whoever wrote it.
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
CREATE TRIGGER "Sector_insert_bumps_data_version" AFTER INSERT ON "Sector" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Sector_update_bumps_data_version" AFTER UPDATE ON "Sector" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Sector_delete_bumps_data_version" AFTER DELETE ON "Sector" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
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
CREATE TRIGGER "SolutionIndicator_insert_bumps_data_version" AFTER INSERT ON "SolutionIndicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SolutionIndicator_update_bumps_data_version" AFTER UPDATE ON "SolutionIndicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SolutionIndicator_delete_bumps_data_version" AFTER DELETE ON "SolutionIndicator" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
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
CREATE TRIGGER "Event_insert_bumps_data_version" AFTER INSERT ON "Event" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Event_update_bumps_data_version" AFTER UPDATE ON "Event" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Event_delete_bumps_data_version" AFTER DELETE ON "Event" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EventParticipant_insert_bumps_data_version" AFTER INSERT ON "EventParticipant" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EventParticipant_update_bumps_data_version" AFTER UPDATE ON "EventParticipant" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "EventParticipant_delete_bumps_data_version" AFTER DELETE ON "EventParticipant" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
