import type { TopicFormErrors, TopicFormValues } from "@/lib/validation/topic-form";

/** What the topic form's server action answers: the typed values always come back. */
export type TopicFormState = {
  status: "idle" | "saved" | "error";
  values: TopicFormValues;
  errors: TopicFormErrors;
  /** Message key under topics.messages (success) or topics.errors (failure). */
  message?: string;
};
