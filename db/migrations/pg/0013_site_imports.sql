CREATE TABLE "site_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'checked' NOT NULL,
	"file_name" text NOT NULL,
	"file_path" text NOT NULL,
	"options" jsonb NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer,
	"summary" jsonb,
	"error" text,
	"created_by_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "site_imports" ADD CONSTRAINT "site_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "site_imports_status" ON "site_imports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "site_imports_created" ON "site_imports" USING btree ("created_at");