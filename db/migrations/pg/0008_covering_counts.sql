DROP INDEX "article_authors_user";--> statement-breakpoint
DROP INDEX "articles_published_id";--> statement-breakpoint
CREATE INDEX "article_authors_user" ON "article_authors" USING btree ("user_id","article_id");--> statement-breakpoint
CREATE INDEX "articles_published_id" ON "articles" USING btree ("status","id","locale","translation_group","slug","published_at","updated_at");