CREATE TABLE "imported_stories" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_key" text NOT NULL,
	"article_id" integer NOT NULL,
	"content_hash" text NOT NULL,
	"translation_key" text,
	"old_path" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "imported_stories" ADD CONSTRAINT "imported_stories_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "imported_stories_source_key" ON "imported_stories" USING btree ("source_key");--> statement-breakpoint
CREATE UNIQUE INDEX "imported_stories_article" ON "imported_stories" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "imported_stories_old_path" ON "imported_stories" USING btree ("old_path");--> statement-breakpoint
CREATE INDEX "imported_stories_translation_key" ON "imported_stories" USING btree ("translation_key");