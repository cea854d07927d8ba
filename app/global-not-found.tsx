import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { headlineFont, textFont } from "@/components/fonts";
import es from "@/messages/es.json";
import en from "@/messages/en.json";

export const metadata: Metadata = { title: "404 — Heraldo" };

/** For URLs no route matches: one page in both languages, with its own <html>. */
export default function GlobalNotFound() {
  return (
    <html lang="es" className={`${headlineFont.variable} ${textFont.variable}`}>
      <body className="min-h-screen bg-paper text-ink antialiased">
        <main id="main" className="mx-auto max-w-3xl px-4 py-24 text-center sm:px-6">
          <p className="font-serif text-5xl font-bold">Heraldo</p>
          <p className="mt-8 text-sm font-semibold tracking-wider text-accent uppercase">404</p>
          <h1 className="mt-2 font-serif text-3xl font-bold">{es.notFound.title}</h1>
          <p className="mt-3 text-lg text-ink-muted">{es.notFound.body}</p>
          <p className="mt-4">
            <Link href="/es" className="font-medium text-link underline underline-offset-4">
              {es.notFound.home}
            </Link>
          </p>
          <div lang="en" className="mt-12 border-t border-rule pt-10">
            <h2 className="font-serif text-3xl font-bold">{en.notFound.title}</h2>
            <p className="mt-3 text-lg text-ink-muted">{en.notFound.body}</p>
            <p className="mt-4">
              <Link href="/en" className="font-medium text-link underline underline-offset-4">
                {en.notFound.home}
              </Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
