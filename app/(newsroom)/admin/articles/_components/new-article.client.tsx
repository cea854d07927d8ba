"use client";
/**
 * The new-article page's editor. Once autosave has created the article, the page becomes the
 * article's page where it stands: the article page's header and panels (Submit, Schedule,
 * Preview …) take the place of the "New article" header, while the form, with everything typed
 * since, stays as it is. Nothing moves or reloads, so nothing typed is lost and the article is
 * created once.
 */
import { useCallback, useState, type ComponentProps, type ReactNode } from "react";
import { openCreatedArticleAction } from "../editor-actions";
import { ArticleForm } from "./article-form.client";

export function NewArticleEditor({
  header,
  editTitle,
  ...form
}: Omit<ComponentProps<typeof ArticleForm>, "onCreated" | "articleId" | "articleStatus"> & {
  header: ReactNode;
  /** The article page's document title. */
  editTitle: string;
}) {
  const [workflow, setWorkflow] = useState<ReactNode>(null);
  const opened = useCallback(
    (id: number) => {
      openCreatedArticleAction({ id })
        .then((result) => {
          if (result.status !== "ok") return;
          setWorkflow(result.workflow);
          document.title = document.title.replace(/^.*?(?= — )/, editTitle);
        })
        .catch(() => {
          // The form goes on working; a reload opens the article's page.
        });
    },
    [editTitle],
  );
  return (
    <>
      {workflow ?? header}
      <ArticleForm {...form} onCreated={opened} />
    </>
  );
}
