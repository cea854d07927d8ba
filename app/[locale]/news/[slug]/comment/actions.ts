"use server";
/**
 * The reader's comment form: a public action, like sign-in (no session; the form token and the
 * limits stand in for one). The form posts to its own page (`…/comment`, rendered per request)
 * with or without JavaScript, and that page shows the answer: "awaiting moderation", or the form
 * again with what was typed and why it was refused.
 *
 * Order matters: the honeypot first (dropped without a word, answered like a success, so a
 * program learns nothing), then the token, the text, and last the database, where the article's
 * state, the recent counts and the insert share one transaction.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { DomainError } from "@/lib/domain-error";
import { commentFormSchema, readCommentForm, type CommentFormValues } from "@/lib/validation/comment-form";
import type { CommentFormField, CommentFormState } from "@/lib/comments/form-state";
import { judgePosting } from "@/lib/comments/spam-policy";
import { postComment } from "@/db/queries/comments/posting";
import { challengeAnswered, checkFormToken, issueChallenge, issueFormToken } from "@/server/comments/form-token";
import { cachedSiteSettings } from "@/server/reader-data";
import { requestAddress } from "@/server/request-address";
import { logger } from "@/server/logger";

type Answer = Omit<CommentFormState, "values" | "token">;

const refused = (message: string | null, errors: CommentFormState["errors"] = {}): Answer => ({
  status: "refused",
  errors,
  message,
  challenge: null,
});

function fieldErrors(error: z.ZodError): CommentFormState["errors"] {
  const errors: CommentFormState["errors"] = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "") as CommentFormField;
    if (["name", "email", "body", "parentId"].includes(field)) errors[field] ??= issue.message;
  }
  return errors;
}

async function answer(articleId: number, values: CommentFormValues, now: number): Promise<Answer> {
  // A program filled the field no person sees: nothing is stored, and it is told nothing.
  if (values.website.trim() !== "") {
    logger.info({ articleId }, "comment honeypot");
    return { status: "sent", errors: {}, message: null, challenge: null };
  }
  const token = checkFormToken(values.token, articleId, now);
  const parsed = commentFormSchema.safeParse(values);
  if (!parsed.success) return refused(null, fieldErrors(parsed.error));
  if (token.kind !== "valid") return refused(token.kind === "expired" ? "formExpired" : "formInvalid");
  const input = parsed.data;
  const answered =
    input.challengeToken !== "" && challengeAnswered(input.challengeToken, input.challengeAnswer, articleId, now);
  if (input.challengeToken !== "" && !answered)
    return {
      ...refused("challengeWrong", { challengeAnswer: "challengeWrong" }),
      challenge: issueChallenge(articleId, now),
    };
  const settings = await cachedSiteSettings();
  try {
    const outcome = await postComment(
      {
        articleId,
        parentId: input.parentId,
        authorName: input.name,
        authorEmail: input.email,
        body: input.body,
        clientAddress: await requestAddress(),
        // The same form with the same text is one submission, however often it is sent.
        submissionKey: createHash("sha256")
          .update(`${values.token}\n${input.parentId ?? ""}\n${input.body}`)
          .digest("base64url"),
      },
      {
        siteCommentsEnabled: settings.commentsEnabled,
        now: new Date(now),
        judge: (counts) => {
          const verdict = judgePosting(counts, token.ageMs);
          // An answered question clears what made the post suspicious, never a hard limit.
          return verdict.kind === "challenge" && answered ? ({ kind: "accept" } as const) : verdict;
        },
      },
    );
    if (outcome.stored) return { status: "sent", errors: {}, message: null, challenge: null };
    const { verdict } = outcome;
    if (verdict.kind === "refuse") return refused(verdict.reason);
    if (verdict.kind === "challenge") {
      const key = `challenge${verdict.reason[0]?.toUpperCase()}${verdict.reason.slice(1)}`;
      return { ...refused(key), challenge: issueChallenge(articleId, now) };
    }
    return refused("formInvalid");
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "commentsClosed") return refused("closed");
    if (error.code === "commentReplay") return refused("replay");
    if (error.code === "commentParent") return refused("parentGone", { parentId: "parentGone" });
    throw error;
  }
}

/**
 * Bound to the article's id by the page that renders the form (a bound action is what lets a
 * form posted without JavaScript get its answer back on the page it posts to).
 */
export async function postCommentAction(
  articleId: number,
  _previous: CommentFormState,
  form: FormData,
): Promise<CommentFormState> {
  const values = readCommentForm(form);
  const now = Date.now();
  const id = Number.isSafeInteger(articleId) && articleId > 0 ? articleId : 0;
  const result = await answer(id, values, now);
  const sent = result.status === "sent";
  return {
    ...result,
    // After a success the form starts empty; after a refusal it keeps everything but the answer.
    values: sent
      ? { ...values, body: "", parentId: "", challengeAnswer: "", challengeToken: "", website: "" }
      : { ...values, challengeAnswer: "", challengeToken: result.challenge?.token ?? "" },
    // A form refused for what was typed keeps its token while it is valid, so the time the
    // reader has spent on it still counts (fixing a typo must not look like a program's speed).
    token: !sent && checkFormToken(values.token, id, now).kind === "valid" ? values.token : issueFormToken(id, now),
  };
}
