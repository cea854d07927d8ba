"use client";
/**
 * Autosave for the article form: a few seconds after the last change the whole form goes through
 * the version-guarded save (autosaveArticleAction). A new article is created by the first
 * autosave that passes validation; later ones update it, and the address becomes the article's.
 * Also tracks unsaved changes, to warn before leaving.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { autosaveArticleAction } from "../editor-actions";
import type { ArticleFormField } from "@/lib/validation/article-form";

export const autosaveDelayMs = 3000;

export type AutosaveStatus =
  | { kind: "idle" }
  | { kind: "waiting" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "invalid"; field: ArticleFormField | "form" }
  | { kind: "refused"; reason: "conflict" | "forbidden" | "notFound" | "autosaveStatus" | "network" };

/** Fields a new article needs before an autosave is worth trying. */
const neededForNew = ["title", "summary", "body"] as const;

function hasText(form: FormData, name: string): boolean {
  const value = form.get(name);
  return typeof value === "string" && value.replace(/<[^>]*>|&nbsp;|\s/g, "") !== "";
}

export function useArticleAutosave({
  form,
  enabled,
  initialId,
  initialVersion,
  onCreated,
}: {
  form: RefObject<HTMLFormElement | null>;
  enabled: boolean;
  initialId: number | undefined;
  initialVersion: number | undefined;
  /** Told the new article's id once an autosave has created it. */
  onCreated?: (id: number) => void;
}) {
  const [articleId, setArticleId] = useState(initialId);
  const [version, setVersion] = useState(initialVersion);
  const [changes, setChanges] = useState(0);
  const [savedChanges, setSavedChanges] = useState(0);
  const [submittedChanges, setSubmittedChanges] = useState(0);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  const [stopped, setStopped] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  /** An autosave is creating the article right now (the form has no id yet). */
  const creating = useRef(false);
  /** Save was pressed while the article was being created: it is sent once that has answered. */
  const saveWhenCreated = useRef(false);

  const dirty = changes > savedChanges;

  const save = useCallback(async () => {
    const element = form.current;
    if (!element || inFlight.current) return;
    const data = new FormData(element);
    const isNew = !data.get("id");
    if (isNew && !neededForNew.every((name) => hasText(data, name))) {
      setStatus({ kind: "waiting" });
      return;
    }
    const sent = changes;
    inFlight.current = true;
    creating.current = isNew;
    setStatus({ kind: "saving" });
    try {
      const result = await autosaveArticleAction(data);
      if (result.status === "saved") {
        setArticleId(result.id);
        setVersion(result.version);
        setSavedChanges((count) => Math.max(count, sent));
        setStatus({ kind: "saved", at: result.savedAt });
        // The address becomes the article's, so a reload opens it instead of a blank form.
        if (result.created) {
          window.history.replaceState(null, "", `/admin/articles/${result.id}`);
          onCreated?.(result.id);
        }
      } else if (result.status === "invalid") {
        const field = (Object.keys(result.errors)[0] ?? "form") as ArticleFormField | "form";
        setStatus({ kind: "invalid", field });
      } else {
        // A conflict, a refusal: never retry on our own, the writer decides.
        setStopped(true);
        setStatus({ kind: "refused", reason: result.status === "conflict" ? "conflict" : result.message });
      }
    } catch {
      setStatus({ kind: "refused", reason: "network" });
    } finally {
      inFlight.current = false;
      creating.current = false;
    }
  }, [form, changes, onCreated]);

  // A Save held back while the article was being created goes now, with the new id in the form
  // (the effect runs after the render that added it), so it updates the article instead of
  // creating a second one. If the creation was refused, it goes as the creating save.
  useEffect(() => {
    if (!saveWhenCreated.current || status.kind === "saving") return;
    saveWhenCreated.current = false;
    form.current?.requestSubmit();
  }, [form, status, articleId]);

  useEffect(() => {
    if (!enabled || stopped || changes <= savedChanges) return;
    timer.current = setTimeout(() => void save(), autosaveDelayMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [enabled, stopped, changes, savedChanges, save]);

  /** Call on every edit of any field. */
  const noteChange = useCallback(() => setChanges((count) => count + 1), []);

  /**
   * Call when the form is submitted with Save: no autosave may race it. While an autosave is
   * creating the article, the Save waits for it (see above): sent now, it would create the
   * article a second time.
   */
  const noteSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      if (timer.current) clearTimeout(timer.current);
      if (creating.current) {
        event.preventDefault();
        saveWhenCreated.current = true;
        return;
      }
      setSubmittedChanges(changes);
    },
    [changes],
  );

  /** Call with the result of a Save: its version is now the one to build on. */
  const noteSaved = useCallback(
    (savedVersion: number) => {
      setVersion(savedVersion);
      setSavedChanges((count) => Math.max(count, submittedChanges));
      setStopped(false);
    },
    [submittedChanges],
  );

  return { articleId, version, status, dirty, noteChange, noteSubmit, noteSaved };
}

/** Warns before leaving with unsaved changes: closing or reloading the tab, and in-app links. */
export function useLeaveWarning(dirty: boolean, message: string) {
  useEffect(() => {
    if (!dirty) return;
    let confirmed = false;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (confirmed) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      if (link.origin !== window.location.origin) return;
      if (link.pathname === window.location.pathname && link.search === window.location.search) return;
      if (window.confirm(message)) confirmed = true;
      else {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty, message]);
}
