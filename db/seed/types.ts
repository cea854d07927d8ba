/**
 * Shape of the demo content that `npm run db:seed` writes into an empty database.
 * Stories are written once per language; a story with both `es` and `en` becomes two
 * linked articles (translations of each other).
 */
export type TopicKey = "economy" | "health" | "education" | "environment" | "science" | "culture" | "international";

export type AuthorKey = "lucia" | "mateo" | "sofia" | "daniel" | "elena";

/** Visual recipe for the generated lead image (drawn with sharp from SVG at seed time). */
export type ImageMotif = "skyline" | "waves" | "chart" | "leaf" | "circuit" | "columns" | "globe" | "sun";

export type DemoArticleText = {
  title: string;
  summary: string;
  /** Sanitised-HTML body: <p>, <h2>, <h3>, <ul>/<ol>/<li>, <blockquote>, <a href>, <strong>, <em>. */
  body: string;
  imageCaption: string;
  imageAlt: string;
  /** A correction note shown under the article, if the story was corrected. */
  correction?: string;
};

export type DemoStory = {
  /** Stable key, also used to name the generated image file. */
  key: string;
  topics: TopicKey[];
  authors: AuthorKey[];
  source: { name: string; url: string } | null;
  image: { motif: ImageMotif; hue: number; credit: string };
  /** Publication time relative to the seed run. */
  publishedHoursAgo: number;
  featured?: boolean;
  breaking?: boolean;
  es?: DemoArticleText;
  en?: DemoArticleText;
};
