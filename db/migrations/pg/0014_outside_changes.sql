CREATE TABLE "outside_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"command" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
