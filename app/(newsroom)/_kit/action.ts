/**
 * The shape of every newsroom server action. A server action is a public POST endpoint, so each
 * one goes through the same steps in the same order:
 *
 *   read what was sent → parse with zod → authorise (session + permission table) → run the
 *   data-layer call → revalidate what it changed → answer.
 *
 * The answer is a form state (`formAction`, for useActionState), a redirect (`redirectAction`,
 * for a plain <form action>) or a typed result (`resultAction`, called from a client island).
 * A refusal is a DomainError (lib/domain-error.ts) from any step; the action's `refused` maps its
 * code to the answer, here and nowhere else. Anything else thrown (including Next's redirect and
 * not-found signals) passes through untouched.
 */
import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requirePermission } from "@/auth-session";
import type { StaffUser } from "@/db/queries/types";
import { DomainError } from "@/lib/domain-error";
import type { Permission } from "@/lib/permissions";
import { logger } from "@/server/logger";

/** The caller `run` gets: the staff user for a permission, nobody for a link-proved action. */
type Caller<P extends Permission | null> = P extends Permission ? StaffUser : null;

type Steps<P extends Permission | null, Sent, Values, Schema extends z.ZodType, Result> = {
  /** What was sent, as typed: it is handed back on every refusal so nothing is lost. */
  read: (sent: Sent) => Values;
  /** Checks `read`'s values and turns them into the data layer's input. */
  schema: Schema;
  /** Who may send it; null only where the request carries its own proof (a one-time link). */
  permission: P;
  run: (user: Caller<P>, input: z.output<Schema>, values: Values) => Promise<Result>;
  /** Expires the cache tags the change touched (server/invalidate.ts). */
  revalidate?: (result: Result, input: z.output<Schema>) => void | Promise<void>;
};

/** How a form state or a client result answers each outcome. */
type Answers<Values, Input, Result, Answer> = {
  /** After a successful run (a form state may redirect instead). */
  done: (result: Result, values: Values, input: Input) => Answer;
  invalid: (error: z.ZodError, values: Values) => Answer;
  refused: (error: DomainError, values: Values, input: Input) => Answer;
};

type Outcome<Values, Input, Result> =
  | { kind: "invalid"; values: Values; error: z.ZodError }
  | { kind: "refused"; values: Values; input: Input; error: DomainError }
  | { kind: "done"; values: Values; input: Input; result: Result };

async function perform<P extends Permission | null, Sent, Values, Schema extends z.ZodType, Result>(
  steps: Steps<P, Sent, Values, Schema, Result>,
  sent: Sent,
): Promise<Outcome<Values, z.output<Schema>, Result>> {
  const values = steps.read(sent);
  const parsed = steps.schema.safeParse(values);
  if (!parsed.success) return { kind: "invalid", values, error: parsed.error };
  const input: z.output<Schema> = parsed.data;
  let result: Result;
  try {
    // The conditional type cannot follow the runtime test; the two branches match it exactly.
    const user = (steps.permission === null ? null : await requirePermission(steps.permission)) as Caller<P>;
    result = await steps.run(user, input, values);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    logger.info({ code: error.code }, "server action refused");
    return { kind: "refused", values, input, error };
  }
  await steps.revalidate?.(result, input);
  return { kind: "done", values, input, result };
}

/** An action for `useActionState`: `(previous, form) => state`, where the state keeps the values. */
export function formAction<P extends Permission | null, Values, Schema extends z.ZodType, Result, State>(
  steps: Steps<P, FormData, Values, Schema, Result> & Answers<Values, z.output<Schema>, Result, State>,
): (previous: State, form: FormData) => Promise<State> {
  const answer = resultAction(steps);
  return (_previous, form) => answer(form);
}

/** An action for a plain `<form action>`: it always answers with a redirect naming the outcome. */
export function redirectAction<P extends Permission | null, Values, Schema extends z.ZodType, Result>(
  steps: Steps<P, FormData, Values, Schema, Result> & {
    done: (result: Result, input: z.output<Schema>) => string;
    /** Where a request that fails the schema goes (a tampered or incomplete form). */
    invalid: (values: Values, error: z.ZodError) => string;
    refused: (error: DomainError, input: z.output<Schema>) => string;
  },
): (form: FormData) => Promise<void> {
  return async (form) => {
    const outcome = await perform(steps, form);
    if (outcome.kind === "invalid") redirect(steps.invalid(outcome.values, outcome.error));
    if (outcome.kind === "refused") redirect(steps.refused(outcome.error, outcome.input));
    redirect(steps.done(outcome.result, outcome.input));
  };
}

/** An action a client island calls for a typed result (autosave, the media picker). */
export function resultAction<P extends Permission | null, Sent, Values, Schema extends z.ZodType, Result, Answer>(
  steps: Steps<P, Sent, Values, Schema, Result> & Answers<Values, z.output<Schema>, Result, Answer>,
): (sent: Sent) => Promise<Answer> {
  return async (sent) => {
    const outcome = await perform(steps, sent);
    if (outcome.kind === "invalid") return steps.invalid(outcome.error, outcome.values);
    if (outcome.kind === "refused") return steps.refused(outcome.error, outcome.values, outcome.input);
    return steps.done(outcome.result, outcome.values, outcome.input);
  };
}
