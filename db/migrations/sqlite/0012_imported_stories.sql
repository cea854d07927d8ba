CREATE TABLE `imported_stories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_key` text NOT NULL,
	`article_id` integer NOT NULL,
	`content_hash` text NOT NULL,
	`translation_key` text,
	`old_path` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imported_stories_source_key` ON `imported_stories` (`source_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `imported_stories_article` ON `imported_stories` (`article_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `imported_stories_old_path` ON `imported_stories` (`old_path`);--> statement-breakpoint
CREATE INDEX `imported_stories_translation_key` ON `imported_stories` (`translation_key`);