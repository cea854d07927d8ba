/**
 * The kinds of event the audit log records: the one list the recorder, the log screen's filter
 * and its labels share. Add a kind here before recording it.
 */
export const auditActions = [
  "auth.signIn",
  "auth.signInFailed",
  "auth.signOut",
  "auth.signOutEverywhere",
  "auth.repeatedFailures",
  "auth.passwordChangeFailed",
  "auth.passwordReset",
  "auth.passwordChange",
  "article.create",
  "article.submit",
  "article.publish",
  "article.unpublish",
  "article.schedule",
  "article.unschedule",
  "article.restore",
  "article.returnToDraft",
  "article.delete",
  "article.import",
  "preview.share",
  "preview.revoke",
  "media.upload",
  "media.replace",
  "media.delete",
  "topic.create",
  "topic.update",
  "topic.merge",
  "topic.delete",
  "user.invite",
  "user.inviteAccept",
  "user.inviteRevoke",
  "user.inviteResend",
  "user.roleChange",
  "user.deactivate",
  "user.reactivate",
  "user.passwordResetLink",
  "settings.change",
  "site.import",
  "redirect.create",
  "redirect.delete",
  "comment.approve",
  "comment.reject",
  "comment.spam",
  "comment.delete",
  "comment.reply",
] as const;

export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (auditActions as readonly string[]).includes(value);
}
