CREATE TABLE `site_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text DEFAULT 'checked' NOT NULL,
	`file_name` text NOT NULL,
	`file_path` text NOT NULL,
	`options` text NOT NULL,
	`progress_done` integer DEFAULT 0 NOT NULL,
	`progress_total` integer,
	`summary` text,
	`error` text,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `site_imports_status` ON `site_imports` (`status`);--> statement-breakpoint
CREATE INDEX `site_imports_created` ON `site_imports` (`created_at`);