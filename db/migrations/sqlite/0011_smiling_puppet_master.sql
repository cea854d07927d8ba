CREATE INDEX `articles_updated` ON `articles` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_published` ON `articles` (`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_title` ON `articles` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `articles_status_creator` ON `articles` (`status`,`created_by_id`);