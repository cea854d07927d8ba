/**
 * The refusal a newsroom action answered with: a redirect's `?error=<code>` or a form state's
 * message key. Each screen's messages hold its own `errors.<code>` texts beside `errors.invalid`.
 */
import { Notice } from "@/components/ui/notice";

/** The translator of the screen's namespace (from getTranslations or useTranslations). */
type Translate = { (key: string): string; has(key: string): boolean };

/**
 * The code from the address, when it is one: letters only, so a hand-made address cannot make
 * the page look up any other message key.
 */
export function refusalCode(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[a-zA-Z]+$/.test(value) ? value : null;
}

/** The screen's words for a refusal; a code it has no words for reads as the generic one. */
export function refusalText(t: Translate, code: string): string {
  return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.invalid");
}

/** The refusal as an alert banner, or nothing when there is none. */
export function RefusalNotice({ code, t, className }: { code: string | null; t: Translate; className?: string }) {
  if (!code) return null;
  return (
    <Notice tone="error" className={className}>
      {refusalText(t, code)}
    </Notice>
  );
}
