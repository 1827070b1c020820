CREATE TABLE "ace_screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"screened_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"score" integer NOT NULL,
	"unanswered" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ace_screenings_score" CHECK ("ace_screenings"."score" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "case_doubts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"assessment_id" uuid,
	"kind" text NOT NULL,
	"question" text NOT NULL,
	"why_it_matters" text DEFAULT '' NOT NULL,
	"would_resolve" text NOT NULL,
	"raised_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"answer" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"harm" text DEFAULT '' NOT NULL,
	"danger_statements" jsonb NOT NULL,
	"complicating_factors" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"existing_safety" text DEFAULT '' NOT NULL,
	"safety_goals" jsonb NOT NULL,
	"next_steps" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_scale_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"scorer_kind" text NOT NULL,
	"scorer_label" text NOT NULL,
	"person_id" uuid,
	"score" integer NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"scored_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_scale_scores_range" CHECK ("safety_scale_scores"."score" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "mano_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"track_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"prosecutor_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"pdf" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"generated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"sent_by" uuid,
	"sent_on" date,
	"disclosure_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mano_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"start_decision_id" uuid NOT NULL,
	"justification" text NOT NULL,
	"development_threatened" boolean NOT NULL,
	"integrity_harmed" boolean NOT NULL,
	"voluntary_help" text NOT NULL,
	"help_offered" text NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"family_informed_on" date,
	"family_informed_how" text DEFAULT '' NOT NULL,
	"outcome" text,
	"outcome_on" date,
	"outcome_decision_id" uuid,
	"outcome_rationale" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid,
	"recipient_name" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"legal_basis" text NOT NULL,
	"reason" text NOT NULL,
	"information" text NOT NULL,
	"disclosed_on" date NOT NULL,
	"family_informed" boolean NOT NULL,
	"family_informed_on" date,
	"not_informed_reason" text DEFAULT '' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosures_legal_basis" CHECK ("disclosures"."legal_basis" in ('consent', '458bis_a', '458bis_b', '458ter', 'state_of_necessity', 'mano')),
	CONSTRAINT "disclosures_reason" CHECK (length(btrim("disclosures"."reason")) > 0),
	CONSTRAINT "disclosures_family" CHECK ("disclosures"."family_informed" or length(btrim("disclosures"."not_informed_reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"province" text,
	"city" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" text NOT NULL,
	"changed_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"sent_on" date NOT NULL,
	"accepted_on" date,
	"started_on" date,
	"closed_on" date,
	"status_note" text DEFAULT '' NOT NULL,
	"disclosure_id" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_plan_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"fields" text[] NOT NULL,
	"disclosure_id" uuid NOT NULL,
	"shared_by" uuid NOT NULL,
	"revoked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"child_goals" jsonb NOT NULL,
	"family_goals" jsonb NOT NULL,
	"protective_factors" jsonb NOT NULL,
	"actions" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_progress_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"concerns_date" date NOT NULL,
	"body" text NOT NULL,
	"shareable" boolean DEFAULT false NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"reviewed_on" date NOT NULL,
	"outcome" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"next_review_on" date,
	"reviewed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_plan_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"signer_label" text NOT NULL,
	"signer_role" text NOT NULL,
	"person_id" uuid,
	"agrees" boolean NOT NULL,
	"method" text NOT NULL,
	"signed_on" date NOT NULL,
	"remark" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"network" jsonb NOT NULL,
	"review_on" date NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"current_number" integer NOT NULL,
	"next_review_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casework_statistics" (
	"centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"metric" text NOT NULL,
	"value" text NOT NULL,
	"count" integer NOT NULL,
	"updated_on" date NOT NULL,
	CONSTRAINT "casework_statistics_centre_id_year_metric_value_pk" PRIMARY KEY("centre_id","year","metric","value")
);
--> statement-breakpoint
CREATE TABLE "retention_policies" (
	"record_type" text PRIMARY KEY NOT NULL,
	"keep_months" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mode" text NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ran_by" uuid,
	"policy_versions" jsonb NOT NULL,
	"report" jsonb NOT NULL,
	"dry_run_id" uuid
);
--> statement-breakpoint
CREATE TABLE "case_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"with_whom" text DEFAULT '' NOT NULL,
	"staff_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_conferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"agenda" jsonb NOT NULL,
	"participants" jsonb NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"held_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"assignee_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp with time zone,
	"decision_id" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_team_disciplines" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"discipline" text NOT NULL,
	"task" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_team_disciplines_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "team_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"conference_id" uuid,
	"subject" text NOT NULL,
	"decided_on" date NOT NULL,
	"decision" text NOT NULL,
	"rationale" text NOT NULL,
	"staff_ids" uuid[] NOT NULL,
	"others" jsonb NOT NULL,
	"dissent" text DEFAULT '' NOT NULL,
	"supersedes_id" uuid,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ace_screenings" ADD CONSTRAINT "ace_screenings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ace_screenings" ADD CONSTRAINT "ace_screenings_person_id_case_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ace_screenings" ADD CONSTRAINT "ace_screenings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_doubts" ADD CONSTRAINT "case_doubts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_doubts" ADD CONSTRAINT "case_doubts_assessment_id_safety_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."safety_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_doubts" ADD CONSTRAINT "case_doubts_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_doubts" ADD CONSTRAINT "case_doubts_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_assessments" ADD CONSTRAINT "safety_assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_assessments" ADD CONSTRAINT "safety_assessments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_assessments" ADD CONSTRAINT "safety_assessments_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_scale_scores" ADD CONSTRAINT "safety_scale_scores_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_scale_scores" ADD CONSTRAINT "safety_scale_scores_assessment_id_safety_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."safety_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_scale_scores" ADD CONSTRAINT "safety_scale_scores_person_id_case_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_scale_scores" ADD CONSTRAINT "safety_scale_scores_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_letters" ADD CONSTRAINT "mano_letters_track_id_mano_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."mano_tracks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_letters" ADD CONSTRAINT "mano_letters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_letters" ADD CONSTRAINT "mano_letters_prosecutor_id_partners_id_fk" FOREIGN KEY ("prosecutor_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_letters" ADD CONSTRAINT "mano_letters_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_letters" ADD CONSTRAINT "mano_letters_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_letters" ADD CONSTRAINT "mano_letters_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_letters" ADD CONSTRAINT "mano_letters_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_tracks" ADD CONSTRAINT "mano_tracks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_tracks" ADD CONSTRAINT "mano_tracks_start_decision_id_team_decisions_id_fk" FOREIGN KEY ("start_decision_id") REFERENCES "public"."team_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_tracks" ADD CONSTRAINT "mano_tracks_outcome_decision_id_team_decisions_id_fk" FOREIGN KEY ("outcome_decision_id") REFERENCES "public"."team_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mano_tracks" ADD CONSTRAINT "mano_tracks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_status_changes" ADD CONSTRAINT "referral_status_changes_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_status_changes" ADD CONSTRAINT "referral_status_changes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_plan_shares" ADD CONSTRAINT "recovery_plan_shares_plan_id_recovery_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."recovery_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_plan_shares" ADD CONSTRAINT "recovery_plan_shares_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_plan_shares" ADD CONSTRAINT "recovery_plan_shares_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_plan_shares" ADD CONSTRAINT "recovery_plan_shares_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_plan_shares" ADD CONSTRAINT "recovery_plan_shares_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_plans" ADD CONSTRAINT "recovery_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_plans" ADD CONSTRAINT "recovery_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_progress_notes" ADD CONSTRAINT "recovery_progress_notes_plan_id_recovery_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."recovery_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_progress_notes" ADD CONSTRAINT "recovery_progress_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_progress_notes" ADD CONSTRAINT "recovery_progress_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_reviews" ADD CONSTRAINT "safety_plan_reviews_plan_id_safety_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."safety_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_reviews" ADD CONSTRAINT "safety_plan_reviews_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_reviews" ADD CONSTRAINT "safety_plan_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_signatures" ADD CONSTRAINT "safety_plan_signatures_version_id_safety_plan_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."safety_plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_signatures" ADD CONSTRAINT "safety_plan_signatures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_signatures" ADD CONSTRAINT "safety_plan_signatures_person_id_case_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_signatures" ADD CONSTRAINT "safety_plan_signatures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_versions" ADD CONSTRAINT "safety_plan_versions_plan_id_safety_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."safety_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_versions" ADD CONSTRAINT "safety_plan_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_versions" ADD CONSTRAINT "safety_plan_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plans" ADD CONSTRAINT "safety_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casework_statistics" ADD CONSTRAINT "casework_statistics_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_policies" ADD CONSTRAINT "retention_policies_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_ran_by_users_id_fk" FOREIGN KEY ("ran_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conferences" ADD CONSTRAINT "case_conferences_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conferences" ADD CONSTRAINT "case_conferences_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_decision_id_team_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."team_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_disciplines" ADD CONSTRAINT "case_team_disciplines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_disciplines" ADD CONSTRAINT "case_team_disciplines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_decisions" ADD CONSTRAINT "team_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_decisions" ADD CONSTRAINT "team_decisions_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_decisions" ADD CONSTRAINT "team_decisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ace_screenings_case" ON "ace_screenings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_doubts_case" ON "case_doubts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "safety_assessments_case" ON "safety_assessments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "safety_scale_scores_assessment" ON "safety_scale_scores" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "mano_letters_track" ON "mano_letters" USING btree ("track_id");--> statement-breakpoint
CREATE INDEX "mano_tracks_case" ON "mano_tracks" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mano_tracks_one_open" ON "mano_tracks" USING btree ("case_id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "mano_tracks_due" ON "mano_tracks" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "disclosures_case" ON "disclosures" USING btree ("case_id","disclosed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_name_province" ON "partners" USING btree ("name",coalesce("province", ''));--> statement-breakpoint
CREATE INDEX "partners_kind_province" ON "partners" USING btree ("kind","province");--> statement-breakpoint
CREATE INDEX "referral_status_changes_referral" ON "referral_status_changes" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "referrals_case" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_partner_status" ON "referrals" USING btree ("partner_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_plan_shares_partner" ON "recovery_plan_shares" USING btree ("plan_id","partner_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_plans_case" ON "recovery_plans" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "recovery_progress_notes_plan" ON "recovery_progress_notes" USING btree ("plan_id","concerns_date");--> statement-breakpoint
CREATE INDEX "safety_plan_reviews_plan" ON "safety_plan_reviews" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "safety_plan_signatures_version" ON "safety_plan_signatures" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_plan_versions_number" ON "safety_plan_versions" USING btree ("plan_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_plans_case" ON "safety_plans" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "safety_plans_review" ON "safety_plans" USING btree ("next_review_on");--> statement-breakpoint
CREATE INDEX "retention_runs_ran_at" ON "retention_runs" USING btree ("ran_at");--> statement-breakpoint
CREATE INDEX "case_appointments_case" ON "case_appointments" USING btree ("case_id","starts_at");--> statement-breakpoint
CREATE INDEX "case_conferences_case" ON "case_conferences" USING btree ("case_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "case_tasks_case" ON "case_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_assignee" ON "case_tasks" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "team_decisions_case" ON "team_decisions" USING btree ("case_id","decided_on");