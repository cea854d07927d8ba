"use client";
/**
 * Keeps `<html lang>` in step with the newsroom's language. The root layout sets it on a full
 * page load, but a client-side move into the newsroom (signing in from /login, accepting an
 * invitation) keeps the root layout of the page before, which may have been in the browser's
 * language rather than the one the person chose.
 */
import { useEffect } from "react";

export function DocumentLanguage({ locale }: { locale: string }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
