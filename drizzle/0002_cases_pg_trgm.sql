-- Trigram search on names (tolerant of spelling: "Jansens" finds "Janssens"). PGlite loads the
-- extension in src/platform/db.ts; on PostgreSQL it ships with the server's contrib package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
