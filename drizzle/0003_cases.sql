CREATE TABLE "case_capacity" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"capacity" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"record_type" text,
	"record_id" uuid,
	"record_version" integer,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_members" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_members_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"kind" text DEFAULT 'other' NOT NULL,
	"concerns_date" date NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_number_counters" (
	"centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_number_counters_centre_id_year_pk" PRIMARY KEY("centre_id","year")
);
--> statement-breakpoint
CREATE TABLE "case_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"search_name" text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name)) STORED,
	"date_of_birth" date,
	"unborn" boolean DEFAULT false NOT NULL,
	"expected_birth" date,
	"role_label" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"lives_with_child" boolean,
	"notes" text DEFAULT '' NOT NULL,
	"removed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_person_id" uuid NOT NULL,
	"to_person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"number" text NOT NULL,
	"track" text DEFAULT 'case' NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"urgency" text NOT NULL,
	"problem_category" text NOT NULL,
	"forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"contexts" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"first_contact_due_at" timestamp with time zone NOT NULL,
	"first_contact_at" timestamp with time zone,
	"follow_up_due_at" timestamp with time zone,
	"assigned_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closure_outcome" text,
	"closure_note" text,
	"reopened_at" timestamp with time zone,
	"worries" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "case_report_children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"date_of_birth" date,
	"unborn" boolean DEFAULT false NOT NULL,
	"expected_birth" date
);
--> statement-breakpoint
CREATE TABLE "case_reporters" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"profession" text DEFAULT '' NOT NULL,
	"relation_to_child" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"wants_feedback" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"concern" text NOT NULL,
	"problem_category" text NOT NULL,
	"forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"contexts" text[] DEFAULT '{}'::text[] NOT NULL,
	"urgency" text NOT NULL,
	"first_contact_due_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"outcome_note" text DEFAULT '' NOT NULL,
	"triaged_at" timestamp with time zone,
	"triaged_by" uuid,
	"case_id" uuid,
	"registered_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_taxonomy_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"settings" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_capacity" ADD CONSTRAINT "case_capacity_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_number_counters" ADD CONSTRAINT "case_number_counters_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_persons" ADD CONSTRAINT "case_persons_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_relations" ADD CONSTRAINT "case_relations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_relations" ADD CONSTRAINT "case_relations_from_person_id_case_persons_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_relations" ADD CONSTRAINT "case_relations_to_person_id_case_persons_id_fk" FOREIGN KEY ("to_person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_report_children" ADD CONSTRAINT "case_report_children_report_id_case_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."case_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reporters" ADD CONSTRAINT "case_reporters_report_id_case_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."case_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reports" ADD CONSTRAINT "case_reports_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reports" ADD CONSTRAINT "case_reports_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reports" ADD CONSTRAINT "case_reports_triaged_by_users_id_fk" FOREIGN KEY ("triaged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reports" ADD CONSTRAINT "case_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_reports" ADD CONSTRAINT "case_reports_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case" ON "case_events" USING btree ("case_id","occurred_at");--> statement-breakpoint
CREATE INDEX "case_events_record" ON "case_events" USING btree ("record_id","record_version");--> statement-breakpoint
CREATE INDEX "case_members_user" ON "case_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "case_notes_case" ON "case_notes" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_persons_case" ON "case_persons" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_persons_search_name_trgm" ON "case_persons" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "case_persons_birth" ON "case_persons" USING btree ("date_of_birth");--> statement-breakpoint
CREATE INDEX "case_relations_case" ON "case_relations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_team_status" ON "cases" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "cases_owner_status" ON "cases" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "cases_centre_status" ON "cases" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "case_report_children_report" ON "case_report_children" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "case_reports_team_outcome" ON "case_reports" USING btree ("team_id","outcome");--> statement-breakpoint
CREATE INDEX "case_reports_case" ON "case_reports" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_reports_centre_received" ON "case_reports" USING btree ("centre_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_taxonomy_kind_code" ON "case_taxonomy_terms" USING btree ("kind","code");