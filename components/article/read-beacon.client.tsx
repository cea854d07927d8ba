"use client";
/**
 * Counts one read of an article: a tiny beacon after the page is shown to a person, so the
 * cached page itself stays static. Prerendered (speculative) pages are not counted until seen.
 */
import { useEffect } from "react";

export function ReadBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const send = () => navigator.sendBeacon?.("/api/reads", String(articleId));
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) {
      send();
      return;
    }
    document.addEventListener("prerenderingchange", send, { once: true });
    return () => document.removeEventListener("prerenderingchange", send);
  }, [articleId]);
  return null;
}
