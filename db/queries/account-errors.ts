/** A refused account change; `key` is a message under accounts.errors. */
export class AccountInputError extends Error {
  constructor(
    readonly key:
      | "lastAdmin"
      | "emailTaken"
      | "notFound"
      | "inactive"
      | "wrongPassword"
      | "unknownPhoto"
      | "linkUnknown"
      | "linkExpired"
      | "linkUsed",
  ) {
    super(`Account change refused: ${key}`);
    this.name = "AccountInputError";
  }
}
