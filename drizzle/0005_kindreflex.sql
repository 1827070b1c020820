CREATE TABLE "consult_reference_counters" (
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "consult_reference_counters_prefix_year_pk" PRIMARY KEY("prefix","year")
);
--> statement-breakpoint
CREATE TABLE "consult_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"centre_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"sector" text NOT NULL,
	"province" text NOT NULL,
	"content_version" text,
	"guide_outcome" text,
	"observations" text,
	"considerations" text,
	"decisions" text,
	"question" text,
	"contact_preference" text NOT NULL,
	"contact_name" text,
	"contact_organisation" text,
	"contact_phone" text,
	"contact_email" text,
	"status" text DEFAULT 'new' NOT NULL,
	"expected_response_by" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consult_requests_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "kindreflex_completion_counts" (
	"month" text NOT NULL,
	"sector" text NOT NULL,
	"outcome" text NOT NULL,
	"content_version" text NOT NULL,
	"completions" integer NOT NULL,
	CONSTRAINT "kindreflex_completion_counts_month_sector_outcome_content_version_pk" PRIMARY KEY("month","sector","outcome","content_version")
);
--> statement-breakpoint
ALTER TABLE "consult_requests" ADD CONSTRAINT "consult_requests_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consult_requests_centre" ON "consult_requests" USING btree ("centre_id","created_at");