DROP INDEX `articles_scheduled_publish`;--> statement-breakpoint
DROP INDEX `articles_scheduled_unpublish`;--> statement-breakpoint
CREATE INDEX `articles_scheduled_publish` ON `articles` (`status`,`scheduled_publish_at`);--> statement-breakpoint
CREATE INDEX `articles_scheduled_unpublish` ON `articles` (`status`,`scheduled_unpublish_at`);