/** Link addresses the editor accepts: web pages and e-mail, nothing that runs code. */
export function isAllowedLinkHref(href: string): boolean {
  const value = href.trim();
  if (!/^(?:https?:\/\/|mailto:)/i.test(value)) return false;
  try {
    const url = new URL(value);
    if (url.protocol === "mailto:") return url.pathname.includes("@");
    return url.hostname !== "";
  } catch {
    return false;
  }
}
