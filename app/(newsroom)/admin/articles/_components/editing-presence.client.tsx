"use client";
/**
 * "Someone else is editing this": while the article is open, the editor says so every
 * heartbeat (articlePresenceAction) and names whoever else has it open. Leaving the page, or
 * this editor closing, ends the presence at once (a beacon); a tab that just dies drops out at
 * the presence's expiry. Saves by two people at once are still caught as conflicts: this only
 * warns before it comes to that.
 */
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { presenceHeartbeatMs } from "@/lib/presence";
import { articlePresenceAction } from "../editor-actions";

export function EditingPresence({ articleId }: { articleId: number }) {
  const t = useTranslations("editor.presence");
  const format = useFormatter();
  const [others, setOthers] = useState<string[]>([]);

  useEffect(() => {
    let open = true;
    const beat = async () => {
      try {
        const result = await articlePresenceAction({ articleId });
        if (open && result.status === "ok") setOthers(result.others);
      } catch {
        // Offline for a moment: the next heartbeat tries again.
      }
    };
    const leave = () => navigator.sendBeacon(`/admin/articles/${articleId}/presence`);
    // Back from the back-forward cache: the page was left (and the presence ended), so say so again.
    const back = (event: PageTransitionEvent) => {
      if (event.persisted) void beat();
    };
    void beat();
    const timer = setInterval(() => void beat(), presenceHeartbeatMs);
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", back);
    return () => {
      open = false;
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", back);
      leave();
    };
  }, [articleId]);

  // The live region stays in the page, so the notice is announced when it appears.
  return (
    <div role="status" className="empty:hidden mb-6">
      {others.length > 0 && (
        <Notice tone="warning" role={null}>
          {t("others", { names: format.list(others, { type: "conjunction" }), count: others.length })}
        </Notice>
      )}
    </div>
  );
}
