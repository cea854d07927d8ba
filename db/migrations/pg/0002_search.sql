-- Full-text search: per-language text search configurations that fold accents (unaccent)
-- before stemming, a generated tsvector weighted title > summary > body, and a GIN index.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'heraldo_es') THEN
    CREATE TEXT SEARCH CONFIGURATION heraldo_es (COPY = pg_catalog.spanish);
    ALTER TEXT SEARCH CONFIGURATION heraldo_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'heraldo_en') THEN
    CREATE TEXT SEARCH CONFIGURATION heraldo_en (COPY = pg_catalog.english);
    ALTER TEXT SEARCH CONFIGURATION heraldo_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'heraldo_simple') THEN
    CREATE TEXT SEARCH CONFIGURATION heraldo_simple (COPY = pg_catalog.simple);
    ALTER TEXT SEARCH CONFIGURATION heraldo_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION heraldo_search_config(locale text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE locale WHEN 'es' THEN 'heraldo_es'::regconfig WHEN 'en' THEN 'heraldo_en'::regconfig ELSE 'heraldo_simple'::regconfig END $$;
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(heraldo_search_config("locale"), "title"), 'A') ||
  setweight(to_tsvector(heraldo_search_config("locale"), "summary"), 'B') ||
  setweight(to_tsvector(heraldo_search_config("locale"), "body_text"), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "articles_search" ON "articles" USING gin ("search_vector");
