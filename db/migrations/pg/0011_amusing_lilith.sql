CREATE TABLE "article_return_notes" (
	"article_id" integer NOT NULL,
	"note" text NOT NULL,
	"author_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "article_return_notes_article_id_pk" PRIMARY KEY("article_id")
);
--> statement-breakpoint
ALTER TABLE "article_return_notes" ADD CONSTRAINT "article_return_notes_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_return_notes" ADD CONSTRAINT "article_return_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_target" ON "audit_log" USING btree ("target_type","target_id","occurred_at");