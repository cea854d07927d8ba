CREATE TABLE "outside_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"command" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "site_imports" ADD COLUMN "file_host" text;