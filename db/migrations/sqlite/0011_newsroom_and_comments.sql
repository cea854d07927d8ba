CREATE TABLE `article_presence` (
	`article_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `user_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_return_notes` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`note` text NOT NULL,
	`author_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`parent_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`author_name` text NOT NULL,
	`author_email` text,
	`body` text NOT NULL,
	`is_staff` integer DEFAULT false NOT NULL,
	`author_user_id` integer,
	`client_address` text,
	`submission_key` text,
	`created_at` integer NOT NULL,
	`moderated_at` integer,
	`moderated_by_id` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`moderated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `comments_article_status` ON `comments` (`article_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_status_created` ON `comments` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_address_created` ON `comments` (`client_address`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_parent` ON `comments` (`parent_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `comments_submission_key` ON `comments` (`submission_key`);--> statement-breakpoint
ALTER TABLE `users` ADD `newsroom_locale` text;--> statement-breakpoint
CREATE INDEX `articles_updated` ON `articles` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_published` ON `articles` (`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_title` ON `articles` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `articles_status_creator` ON `articles` (`status`,`created_by_id`);--> statement-breakpoint
CREATE INDEX `audit_log_target` ON `audit_log` (`target_type`,`target_id`,`occurred_at`);