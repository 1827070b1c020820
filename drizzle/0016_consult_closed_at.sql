ALTER TABLE "consult_requests" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
-- Requests closed before this column existed: their last change is the closest known closure.
UPDATE "consult_requests" SET "closed_at" = "updated_at" WHERE "status" = 'closed';
