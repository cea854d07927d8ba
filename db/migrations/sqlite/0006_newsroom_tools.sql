CREATE TABLE `account_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer,
	`email` text,
	`name` text,
	`role` text,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `account_tokens_token_hash_unique` ON `account_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `account_tokens_user` ON `account_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `article_read_counts` (
	`article_id` integer NOT NULL,
	`day` text NOT NULL,
	`reads` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `day`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_read_counts_day` ON `article_read_counts` (`day`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occurred_at` integer NOT NULL,
	`actor_id` integer,
	`actor_label` text DEFAULT '' NOT NULL,
	`action` text NOT NULL,
	`target_type` text DEFAULT '' NOT NULL,
	`target_id` text,
	`summary` text DEFAULT '' NOT NULL,
	`details` text,
	`ip_address` text,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_occurred` ON `audit_log` (`occurred_at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor` ON `audit_log` (`actor_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `audit_log_action` ON `audit_log` (`action`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `preview_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`nonce` text NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `preview_links_nonce_unique` ON `preview_links` (`nonce`);--> statement-breakpoint
CREATE INDEX `preview_links_article` ON `preview_links` (`article_id`);--> statement-breakpoint
CREATE TABLE `sign_in_throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `topic_redirects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`locale` text NOT NULL,
	`from_slug` text NOT NULL,
	`to_topic_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`to_topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `topic_redirects_locale_from_slug` ON `topic_redirects` (`locale`,`from_slug`);--> statement-breakpoint
ALTER TABLE `articles` ADD `seo_title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `seo_description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `scheduled_publish_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `scheduled_unpublish_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `submitted_at` integer;--> statement-breakpoint
CREATE INDEX `articles_scheduled_publish` ON `articles` (`scheduled_publish_at`);--> statement-breakpoint
CREATE INDEX `articles_scheduled_unpublish` ON `articles` (`scheduled_unpublish_at`);--> statement-breakpoint
ALTER TABLE `media` ADD `original_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `uploaded_by_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `media` ADD `updated_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `media` SET `updated_at` = `created_at`;--> statement-breakpoint
ALTER TABLE `users` ADD `sessions_valid_after` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `last_sign_in_at` integer;