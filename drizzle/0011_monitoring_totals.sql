CREATE TABLE "monitoring_term_totals" (
	"term" text NOT NULL,
	"month" text NOT NULL,
	"centre_id" uuid NOT NULL,
	"bucket" double precision DEFAULT 0 NOT NULL,
	"facts" integer NOT NULL,
	"total" double precision NOT NULL,
	CONSTRAINT "monitoring_term_totals_pk" PRIMARY KEY("term","month","centre_id","bucket")
);
--> statement-breakpoint
CREATE TABLE "monitoring_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"filter" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_totals" (
	"kind" text NOT NULL,
	"month" text NOT NULL,
	"centre_id" uuid NOT NULL,
	"bucket" double precision DEFAULT 0 NOT NULL,
	"facts" integer NOT NULL,
	"total" double precision NOT NULL,
	CONSTRAINT "monitoring_totals_pk" PRIMARY KEY("kind","month","centre_id","bucket")
);
--> statement-breakpoint
CREATE INDEX "monitoring_terms_kind" ON "monitoring_terms" USING btree ("kind");
--> statement-breakpoint
-- Every change to an aggregate row moves the totals by the same amount, whoever writes it (live
-- feed, backfill, demo history), and the totals of every registered filtered term whose filter the
-- row matches (each filtered column holds one of the term's codes). A bulk rebuild sets
-- schakel.rebuilding_totals and recomputes them at the end.
CREATE FUNCTION monitoring_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d_facts integer := 0;
  d_total double precision := 0;
  r record;
  row_json jsonb;
  registered record;
BEGIN
  IF current_setting('schakel.rebuilding_totals', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    r := OLD;
    row_json := to_jsonb(OLD);
    d_facts := -OLD.facts;
    d_total := -OLD.total;
  ELSIF TG_OP = 'UPDATE' THEN
    r := NEW;
    row_json := to_jsonb(NEW);
    d_facts := NEW.facts - OLD.facts;
    d_total := NEW.total - OLD.total;
  ELSE
    r := NEW;
    row_json := to_jsonb(NEW);
    d_facts := NEW.facts;
    d_total := NEW.total;
  END IF;
  IF d_facts = 0 AND d_total = 0 THEN
    RETURN NULL;
  END IF;
  INSERT INTO monitoring_totals AS t (kind, month, centre_id, bucket, facts, total)
  VALUES (r.kind, r.month, r.centre_id, r.bucket, d_facts, d_total)
  ON CONFLICT ON CONSTRAINT monitoring_totals_pk
  DO UPDATE SET facts = t.facts + EXCLUDED.facts, total = t.total + EXCLUDED.total;
  IF d_facts <= 0 THEN
    DELETE FROM monitoring_totals t
    WHERE t.kind = r.kind AND t.month = r.month AND t.centre_id = r.centre_id AND t.bucket = r.bucket AND t.facts <= 0;
  END IF;
  FOR registered IN SELECT m.term, m.filter FROM monitoring_terms m WHERE m.kind = r.kind LOOP
    CONTINUE WHEN EXISTS (SELECT 1 FROM jsonb_each(registered.filter) f WHERE NOT (f.value ? (row_json ->> f.key)));
    INSERT INTO monitoring_term_totals AS t (term, month, centre_id, bucket, facts, total)
    VALUES (registered.term, r.month, r.centre_id, r.bucket, d_facts, d_total)
    ON CONFLICT ON CONSTRAINT monitoring_term_totals_pk
    DO UPDATE SET facts = t.facts + EXCLUDED.facts, total = t.total + EXCLUDED.total;
    IF d_facts <= 0 THEN
      DELETE FROM monitoring_term_totals t
      WHERE t.term = registered.term AND t.month = r.month AND t.centre_id = r.centre_id AND t.bucket = r.bucket AND t.facts <= 0;
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER monitoring_totals_follow AFTER INSERT OR UPDATE OR DELETE ON monitoring_aggregates
  FOR EACH ROW EXECUTE FUNCTION monitoring_totals_follow();
--> statement-breakpoint
INSERT INTO monitoring_totals (kind, month, centre_id, bucket, facts, total)
  SELECT kind, month, centre_id, bucket, sum(facts), sum(total) FROM monitoring_aggregates GROUP BY kind, month, centre_id, bucket;
