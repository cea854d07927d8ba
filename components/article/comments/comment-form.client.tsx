"use client";
/**
 * The reader comment form. Reader pages are served without Next's client runtime, so this is,
 * in practice, a plain HTML form: it posts to `permalink` (the form's own page, rendered per
 * request), where the server action's answer comes back through useActionState. Every field
 * keeps what was typed on a refusal. The texts arrive translated (reader pages have no client
 * message provider).
 */
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { CommentFormState } from "@/lib/comments/form-state";
import { commentLimits } from "@/lib/comments/limits";

export type CommentFormText = {
  heading: string;
  note: string;
  name: string;
  email: string;
  emailHint: string;
  body: string;
  bodyHint: string;
  honeypot: string;
  /** With {a} and {b} where the numbers go. */
  challenge: string;
  challengeHint: string;
  submit: string;
  sent: string;
  refused: string;
  /** Message keys (readerComments.errors) to text. */
  errors: Record<string, string>;
};

export function CommentForm({
  action,
  permalink,
  initial,
  text,
  after,
}: {
  action: (previous: CommentFormState, form: FormData) => Promise<CommentFormState>;
  permalink: string;
  initial: CommentFormState;
  text: CommentFormText;
  /** Shown under the thank-you note (a link back to the article). */
  after?: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initial, permalink);
  const error = (field: keyof CommentFormState["errors"]) => {
    const key = state.errors[field];
    return key ? (text.errors[key] ?? key) : undefined;
  };
  const values = state.values;
  return (
    <section aria-labelledby="comment-form-heading" id="comment-form" className="mt-8">
      <h2 id="comment-form-heading" className="font-serif text-xl font-bold">
        {text.heading}
      </h2>
      {state.status === "sent" && (
        <Notice tone="success" as="div" className="mt-4">
          <p>{text.sent}</p>
          {after}
        </Notice>
      )}
      {state.status === "refused" && (
        <Notice tone="error" className="mt-4">
          {state.message ? (text.errors[state.message] ?? state.message) : text.refused}
        </Notice>
      )}
      <p className="mt-2 text-sm text-ink-muted">{text.note}</p>
      <form action={formAction} className="mt-4 flex flex-col gap-4">
        <input type="hidden" name="token" value={state.token} />
        <input type="hidden" name="parentId" value={values.parentId} />
        <TextField
          name="name"
          id="comment-name"
          label={text.name}
          defaultValue={values.name}
          error={error("name")}
          autoComplete="name"
          maxLength={commentLimits.nameMaxLength}
          required
        />
        <TextField
          name="email"
          id="comment-email"
          type="email"
          label={text.email}
          hint={text.emailHint}
          defaultValue={values.email}
          error={error("email")}
          autoComplete="email"
          maxLength={commentLimits.emailMaxLength}
        />
        <TextAreaField
          name="body"
          id="comment-body"
          label={text.body}
          hint={text.bodyHint}
          defaultValue={values.body}
          error={error("body") ?? error("parentId")}
          rows={6}
          maxLength={commentLimits.bodyMaxLength}
          required
        />
        {/* The honeypot: off-screen and out of the tab order, so only a program fills it. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="comment-website">{text.honeypot}</label>
          <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        {state.challenge && (
          <>
            <input type="hidden" name="challengeToken" value={state.challenge.token} />
            <TextField
              name="challengeAnswer"
              id="comment-challenge"
              label={text.challenge.replace("{a}", String(state.challenge.a)).replace("{b}", String(state.challenge.b))}
              hint={text.challengeHint}
              error={error("challengeAnswer")}
              inputMode="numeric"
              autoComplete="off"
              required
              className="max-w-32"
            />
          </>
        )}
        <div>
          <Button type="submit" variant="primary">
            {text.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}
