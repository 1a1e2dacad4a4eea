-- Participants of an event can be withdrawn (issue 12): kept in history, left out of the event.
-- AlterTable
ALTER TABLE "EventParticipant" ADD COLUMN "retiredAt" DATETIME;
