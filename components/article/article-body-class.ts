/**
 * How an article body looks, shared by the reader page and the newsroom editor so writers see
 * what readers will: typography, full-width figures with captions, 16:9 video players.
 */
export const articleBodyClass = [
  "article-body prose max-w-none font-sans prose-headings:font-semibold prose-a:underline-offset-4",
  "prose-figure:my-8 prose-img:my-0 prose-img:h-auto prose-img:w-full prose-img:rounded-sm",
  "prose-figcaption:mt-2 prose-figcaption:text-sm",
  "[&_iframe]:block [&_iframe]:aspect-video [&_iframe]:h-auto [&_iframe]:w-full [&_iframe]:border-0 [&_iframe]:bg-rule",
  "print:[&_figure:has(iframe)]:hidden",
].join(" ");
