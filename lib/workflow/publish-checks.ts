/**
 * What an article needs before it may go live, checked when an editor publishes or schedules
 * it and again when the scheduler publishes it. Each problem is a message key under
 * `workflow.checks`.
 */
import { htmlToText } from "../html/sanitize";
import { slugPattern } from "../slug";

export type PublishProblem = "titleMissing" | "summaryMissing" | "bodyMissing" | "slugInvalid" | "imageAltMissing";

export function publishProblems(article: {
  title: string;
  summary: string;
  body: string;
  slug: string;
}): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!article.title.trim()) problems.push("titleMissing");
  if (!article.summary.trim()) problems.push("summaryMissing");
  if (!htmlToText(article.body).trim()) problems.push("bodyMissing");
  if (!slugPattern.test(article.slug)) problems.push("slugInvalid");
  return problems;
}
