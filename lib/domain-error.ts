/**
 * The one error the data layer, the session helpers and the upload pipeline throw when they
 * refuse a request. Its `code` is what the caller answers with (a message key or a query value);
 * the server-action kit maps it to a form state or a redirect in one place. Anything else thrown
 * is a bug or an outage and reaches the error page.
 */
import type { PublishProblem } from "./workflow/publish-checks";

export type DomainErrorCode =
  /** Not signed in, deactivated, or the role may not do this. */
  | "forbidden"
  | "notFound"
  /** The data itself is refused; `fields` holds a message key per field. */
  | "invalid"
  /** Someone else saved first; `currentVersion` is what is stored now. */
  | "conflict"
  /** Still used elsewhere; `count` says how many times, when known. */
  | "inUse"
  // Status changes (db/queries/articles/transitions.ts).
  | "pastTime"
  | "unpublishBeforePublish"
  | "badTransition"
  | "publishChecks"
  // Accounts.
  | "lastAdmin"
  | "emailTaken"
  | "inactive"
  | "wrongPassword"
  | "unknownPhoto"
  | "linkUnknown"
  | "linkExpired"
  | "linkUsed"
  // Redirects.
  | "redirectTarget"
  | "redirectLoop"
  | "redirectTaken"
  | "unknownId"
  // Uploads (server/media/image-upload.ts).
  | "empty"
  | "tooLarge"
  | "svg"
  | "notAnImage"
  | "tooManyPixels"
  | "corrupt"
  /** The media store (disk or bucket) did not take the file; nothing was saved. */
  | "storageUnavailable"
  // Reader comments (db/queries/comments/).
  /** The article takes no comments (closed, off site-wide, not published). */
  | "commentsClosed"
  /** The same form was sent again. */
  | "commentReplay"
  /** A reply to a comment that is not a shown top-level comment of the article. */
  | "commentParent";

/** An image that lacks alt text in the article's language, named in a refused publication. */
export type MissingAltImage = { mediaId: number; name: string; locale: string; place: "lead" | "body" };

export type DomainErrorDetails = {
  fields?: Partial<Record<string, string>>;
  problems?: readonly PublishProblem[];
  missingAlt?: readonly MissingAltImage[];
  currentVersion?: number;
  count?: number;
  permission?: string;
  cause?: unknown;
};

export class DomainError extends Error {
  readonly fields: Partial<Record<string, string>>;
  readonly problems: readonly PublishProblem[];
  readonly missingAlt: readonly MissingAltImage[];
  readonly currentVersion: number | undefined;
  readonly count: number | undefined;
  /** For "forbidden": the permission that was missing ("signedIn" without a session). */
  readonly permission: string | undefined;

  constructor(
    readonly code: DomainErrorCode,
    details: DomainErrorDetails = {},
  ) {
    super(`Refused: ${code}${details.permission ? ` (${details.permission})` : ""}`, { cause: details.cause });
    this.name = "DomainError";
    this.fields = details.fields ?? {};
    this.problems = details.problems ?? [];
    this.missingAlt = details.missingAlt ?? [];
    this.currentVersion = details.currentVersion;
    this.count = details.count;
    this.permission = details.permission;
  }
}

/** Whether `error` is a refusal, optionally one of `codes`. */
export function isDomainError(error: unknown, ...codes: DomainErrorCode[]): error is DomainError {
  return error instanceof DomainError && (codes.length === 0 || codes.includes(error.code));
}
