CREATE TABLE "case_report_transcripts" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"lines" jsonb NOT NULL,
	"consent_by" text NOT NULL,
	"copied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_feedback_counts" (
	"centre_id" uuid NOT NULL,
	"month" date NOT NULL,
	"answer" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "chat_feedback_counts_centre_id_month_answer_pk" PRIMARY KEY("centre_id","month","answer")
);
--> statement-breakpoint
CREATE TABLE "contact_handoffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"from_centre_id" uuid NOT NULL,
	"target" text NOT NULL,
	"to_centre_id" uuid,
	"partner_id" uuid,
	"recipient_name" text NOT NULL,
	"report_id" uuid,
	"consent" boolean NOT NULL,
	"consent_by" text,
	"transcript_shared" boolean NOT NULL,
	"legal_basis" text NOT NULL,
	"basis_reason" text DEFAULT '' NOT NULL,
	"handed_off_by" uuid NOT NULL,
	"handed_off_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_handoffs_transcript" CHECK (not "contact_handoffs"."transcript_shared" or "contact_handoffs"."consent"),
	CONSTRAINT "contact_handoffs_basis" CHECK ("contact_handoffs"."consent" = ("contact_handoffs"."legal_basis" = 'consent') and ("contact_handoffs"."consent" or length(btrim("contact_handoffs"."basis_reason")) > 0))
);
--> statement-breakpoint
ALTER TABLE "chat_conversations" ADD COLUMN "feedback_given" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_report_transcripts" ADD CONSTRAINT "case_report_transcripts_report_id_case_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."case_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_feedback_counts" ADD CONSTRAINT "chat_feedback_counts_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_handoffs" ADD CONSTRAINT "contact_handoffs_contact_id_contact_registrations_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_handoffs" ADD CONSTRAINT "contact_handoffs_from_centre_id_centres_id_fk" FOREIGN KEY ("from_centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_handoffs" ADD CONSTRAINT "contact_handoffs_to_centre_id_centres_id_fk" FOREIGN KEY ("to_centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_handoffs" ADD CONSTRAINT "contact_handoffs_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_handoffs" ADD CONSTRAINT "contact_handoffs_report_id_case_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."case_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_handoffs" ADD CONSTRAINT "contact_handoffs_handed_off_by_users_id_fk" FOREIGN KEY ("handed_off_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_handoffs_once" ON "contact_handoffs" USING btree ("contact_id","target");