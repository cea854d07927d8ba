/** The comment form's texts in the page's language (reader pages have no client message provider). */
import { getTranslations } from "next-intl/server";
import { commentLimits } from "@/lib/comments/limits";
import type { CommentFormText } from "./comment-form.client";

const errorKeys = [
  "nameRequired",
  "nameTooLong",
  "nameInvalid",
  "emailInvalid",
  "bodyRequired",
  "bodyTooLong",
  "bodyNotText",
  "bodyMarkup",
  "tooManyLinks",
  "parentInvalid",
  "formInvalid",
  "formExpired",
  "challengeTooFast",
  "challengeBusyAddress",
  "challengeBusyArticle",
  "challengeWrong",
  "addressLimit",
  "articleLimit",
  "closed",
  "replay",
  "parentGone",
] as const;

export async function commentFormText(replyingTo: string | null = null): Promise<CommentFormText> {
  const t = await getTranslations("readerComments");
  const max: Record<string, number> = {
    nameTooLong: commentLimits.nameMaxLength,
    bodyTooLong: commentLimits.bodyMaxLength,
    tooManyLinks: commentLimits.maxLinks,
  };
  return {
    heading: replyingTo ? t("replyHeading", { name: replyingTo }) : t("formHeading"),
    note: t("moderationNote"),
    name: t("name"),
    email: t("email"),
    emailHint: t("emailHint"),
    body: t("body"),
    bodyHint: t("bodyHint", { max: commentLimits.bodyMaxLength, links: commentLimits.maxLinks }),
    honeypot: t("honeypot"),
    challenge: t("challenge", { a: "{a}", b: "{b}" }),
    challengeHint: t("challengeHint"),
    submit: t("submit"),
    sent: t("sent"),
    refused: t("refused"),
    errors: Object.fromEntries(errorKeys.map((key) => [key, t(`errors.${key}`, { max: max[key] ?? 0 })])),
  };
}
