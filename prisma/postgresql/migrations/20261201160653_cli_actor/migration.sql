-- Changes made at the server console (npm run token) are attributed to the CLI (issue 12).
-- AlterEnum
ALTER TYPE "ActorKind" ADD VALUE 'CLI';
