CREATE TABLE `outside_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`command` text NOT NULL,
	`created_at` integer NOT NULL
);
