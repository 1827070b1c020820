CREATE TABLE "monitoring_aggregates" (
	"kind" text NOT NULL,
	"month" text NOT NULL,
	"centre_id" uuid NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"age_band" text DEFAULT '' NOT NULL,
	"gender" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"urgency" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"track" text DEFAULT '' NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"bucket" double precision DEFAULT 0 NOT NULL,
	"facts" integer NOT NULL,
	"total" double precision NOT NULL,
	CONSTRAINT "monitoring_aggregates_pk" PRIMARY KEY("kind","month","centre_id","channel","age_band","gender","category","urgency","outcome","track","detail","bucket")
);
--> statement-breakpoint
CREATE TABLE "monitoring_capture_counts" (
	"year" integer NOT NULL,
	"sources" text NOT NULL,
	"history" text NOT NULL,
	"count" integer NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_capture_counts_year_sources_history_pk" PRIMARY KEY("year","sources","history")
);
--> statement-breakpoint
CREATE TABLE "monitoring_facts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"centre_id" uuid NOT NULL,
	"channel" text DEFAULT '' NOT NULL,
	"age_band" text DEFAULT '' NOT NULL,
	"gender" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"urgency" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"track" text DEFAULT '' NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"value" double precision NOT NULL,
	"event_key" text
);
--> statement-breakpoint
CREATE TABLE "monitoring_registry_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registry" text NOT NULL,
	"format" text NOT NULL,
	"year" integer NOT NULL,
	"file_name" text NOT NULL,
	"accepted_lines" integer NOT NULL,
	"rejected_lines" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"instrument" text NOT NULL,
	"sample_size" integer NOT NULL,
	"design_effect" double precision NOT NULL,
	"score_shares" jsonb NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_targets" (
	"indicator_id" text NOT NULL,
	"period" text NOT NULL,
	"region" text NOT NULL,
	"target" double precision NOT NULL,
	"tolerance" double precision NOT NULL,
	"set_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_targets_indicator_id_period_region_pk" PRIMARY KEY("indicator_id","period","region")
);
--> statement-breakpoint
ALTER TABLE "monitoring_facts" ADD CONSTRAINT "monitoring_facts_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_registry_imports" ADD CONSTRAINT "monitoring_registry_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_surveys" ADD CONSTRAINT "monitoring_surveys_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_targets" ADD CONSTRAINT "monitoring_targets_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_aggregates_kind_month" ON "monitoring_aggregates" USING btree ("kind","month");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_facts_event" ON "monitoring_facts" USING btree ("kind","event_key");--> statement-breakpoint
CREATE INDEX "monitoring_facts_kind_day" ON "monitoring_facts" USING btree ("kind","day");