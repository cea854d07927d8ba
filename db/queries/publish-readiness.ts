/**
 * Everything that stops an article going live: the content checks of lib/workflow and, since
 * they need the media library, images without alt text in the article's language. Used where a
 * publication is arranged ahead of time (scheduling) and where it finally happens (scheduler).
 */
import { publishProblems, type PublishProblem } from "@/lib/workflow/publish-checks";
import type { Executor } from "../client";
import { findMissingAltText } from "./media-usage";

export async function publishReadiness(
  executor: Executor,
  article: { title: string; summary: string; body: string; slug: string; locale: string; leadMediaId: number | null },
): Promise<PublishProblem[]> {
  const problems = publishProblems(article);
  if ((await findMissingAltText(executor, article)).length) problems.push("imageAltMissing");
  return problems;
}
