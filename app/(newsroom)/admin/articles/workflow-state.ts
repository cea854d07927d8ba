/** What the scheduling and share-link forms' server actions answer. */
export type ScheduleFormState = {
  status: "idle" | "saved" | "error";
  /** The typed date and time, kept after a refusal. */
  at: string;
  /** Message key under `workflow.messages` or `workflow.errors`. */
  message?: string;
  /** Publish-check problems, keys under `workflow.checks`. */
  problems?: string[];
};

export type ShareLinkState = {
  status: "idle" | "created" | "error";
  /** The link, shown once to copy. */
  url?: string;
  expiresAt?: string;
  message?: string;
};

/** What the send-back form's action answers on a refusal (success moves to another page). */
export type SendBackState = {
  status: "idle" | "error";
  /** The note as typed, kept after a refusal. */
  note: string;
  /** Message key under `workflow.sendBack.errors` or `workflow.errors`. */
  message?: string;
};
