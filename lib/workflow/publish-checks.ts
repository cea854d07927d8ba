/**
 * What an article needs before it may go live, checked when an editor publishes or schedules
 * it and again when the scheduler publishes it. Each problem is a message key under
 * `workflow.checks`.
 */
import { htmlToText } from "../html/sanitize";
import { slugPattern } from "../slug";

export const publishProblemKinds = [
  "titleMissing",
  "summaryMissing",
  "bodyMissing",
  "slugInvalid",
  "imageAltMissing",
] as const;
export type PublishProblem = (typeof publishProblemKinds)[number];

/** The problems named in a "?problems=a-b" query after a refused publish; unknown words dropped. */
export function problemsFromQuery(value: string | string[] | undefined): PublishProblem[] {
  const words = typeof value === "string" ? value.split("-") : [];
  return publishProblemKinds.filter((kind) => words.includes(kind));
}

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
