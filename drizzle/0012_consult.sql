CREATE TABLE "consult_advice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"text" text NOT NULL,
	"given_by" uuid NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consult_requests" ALTER COLUMN "province" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "case_reports" ADD COLUMN "consult_request_id" uuid;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "contact_role" text;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "family_named" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "family" jsonb;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "kindreflex_step" text;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "urgency" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "assigned_to" uuid;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "registered_by" uuid;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "follow_up_on" date;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "report_id" uuid;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "consult_advice" ADD CONSTRAINT "consult_advice_request_id_consult_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."consult_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consult_advice" ADD CONSTRAINT "consult_advice_given_by_users_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consult_advice_request" ON "consult_advice" USING btree ("request_id","given_at");--> statement-breakpoint
ALTER TABLE "consult_requests" ADD CONSTRAINT "consult_requests_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consult_requests" ADD CONSTRAINT "consult_requests_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consult_requests_follow_up" ON "consult_requests" USING btree ("centre_id","follow_up_on") WHERE "consult_requests"."status" <> 'closed';--> statement-breakpoint
CREATE UNIQUE INDEX "consult_requests_report" ON "consult_requests" USING btree ("report_id");