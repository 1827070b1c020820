-- The name search (src/cases/search): each person's name as words, plus the surname written as
-- one word ("Van den Broeck" also as "vandenbroeck"), so a worker who types it either way finds it.
CREATE FUNCTION person_search_words(first_name text, last_name text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_remove(string_to_array(lower(first_name || ' ' || last_name), ' ') || replace(lower(last_name), ' ', ''), '');--> statement-breakpoint
CREATE TABLE "person_name_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "case_persons_search_name_trgm";--> statement-breakpoint
CREATE INDEX "person_name_words_trgm" ON "person_name_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "case_persons_search_words" ON "case_persons" USING gin (person_search_words("first_name", "last_name"));--> statement-breakpoint
-- Every word of every person's name, kept by the statements that add or rename people (one insert
-- per statement, so a bulk seed of 5,000 cases costs one, not thousands). Words are not removed
-- here: see pruneNameWords (src/cases/search/name-words.ts), run by the retention job.
CREATE FUNCTION person_name_words_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_name_words (word)
    SELECT DISTINCT w FROM new_rows, unnest(person_search_words(new_rows.first_name, new_rows.last_name)) AS w
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER person_name_words_on_insert AFTER INSERT ON case_persons
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_name_words_follow();--> statement-breakpoint
CREATE TRIGGER person_name_words_on_update AFTER UPDATE ON case_persons
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_name_words_follow();--> statement-breakpoint
INSERT INTO person_name_words (word)
  SELECT DISTINCT w FROM case_persons, unnest(person_search_words(case_persons.first_name, case_persons.last_name)) AS w
  ON CONFLICT DO NOTHING;
