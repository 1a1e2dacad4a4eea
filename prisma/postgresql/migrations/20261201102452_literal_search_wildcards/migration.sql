-- Search text takes LIKE's special characters literally: %, _ and \ are stored as the
-- private-use characters U+E000, U+E001 and U+E002, as packages/db/src/text.ts folds
-- every needle (Prisma's `contains` escapes neither). Data only; the tables keep their shape.
UPDATE "Area" SET "searchText" = replace(replace(replace("searchText", E'\\', chr(57346)), '%', chr(57344)), '_', chr(57345));
UPDATE "Plan" SET "searchText" = replace(replace(replace("searchText", E'\\', chr(57346)), '%', chr(57344)), '_', chr(57345));
UPDATE "Indicator" SET "searchText" = replace(replace(replace("searchText", E'\\', chr(57346)), '%', chr(57344)), '_', chr(57345));
UPDATE "Solution" SET "searchText" = replace(replace(replace("searchText", E'\\', chr(57346)), '%', chr(57344)), '_', chr(57345));
UPDATE "Agency" SET "searchText" = replace(replace(replace("searchText", E'\\', chr(57346)), '%', chr(57344)), '_', chr(57345));
UPDATE "Person" SET "searchText" = replace(replace(replace("searchText", E'\\', chr(57346)), '%', chr(57344)), '_', chr(57345));
