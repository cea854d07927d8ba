-- Full-text search over title, summary and body text. An external-content FTS5 table kept in
-- step with `articles` by triggers; accents folded (remove_diacritics 2), Porter stemming.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, summary, body_text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `articles_fts`(rowid, title, summary, body_text) VALUES (new.id, new.title, new.summary, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `articles_fts`(`articles_fts`, rowid, title, summary, body_text) VALUES ('delete', old.id, old.title, old.summary, old.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_update` AFTER UPDATE OF title, summary, body_text ON `articles` BEGIN
  INSERT INTO `articles_fts`(`articles_fts`, rowid, title, summary, body_text) VALUES ('delete', old.id, old.title, old.summary, old.body_text);
  INSERT INTO `articles_fts`(rowid, title, summary, body_text) VALUES (new.id, new.title, new.summary, new.body_text);
END;
--> statement-breakpoint
INSERT INTO `articles_fts`(`articles_fts`) VALUES ('rebuild');
