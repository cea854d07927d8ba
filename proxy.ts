/**
 * Runs only where a matcher below says so, to keep reader pages fast and cookie-free:
 * - "/" picks the reader's language from Accept-Language (next-intl), else the settings' default;
 * - a path whose first segment is not a language (/fr/..., /2019/05/nota) is looked up among the
 *   addresses of imported stories (a 308 to the article) and otherwise gets the not-found page,
 *   in the reader's language, with status 404;
 * - "?page=N" on a listing is rewritten to the cached path segment it is rendered from;
 * - /login and the one-time account links (/reset-password/…, /invite/…) are left alone;
 * - /admin is a convenience redirect to sign-in. The real gate is in every page, action and
 *   staff query, which check the session and role themselves.
 */
import NextAuth from "next-auth";
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { routing } from "./i18n/routing";
import { isLocale, localeFromAcceptLanguage, preferredLocale } from "./lib/locales";

const { auth } = NextAuth(authConfig);
const chooseLanguage = createIntlMiddleware(routing);

const adminGate = auth((request) => {
  // Page views only: a POST is a server action, which checks the session itself and must be
  // allowed to answer for itself (a redirect here would hide a missing check).
  if (!request.auth && (request.method === "GET" || request.method === "HEAD")) {
    const login = new URL("/login", request.nextUrl);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
});

// Listings whose pages are addressed as ?page=N: the front page, topics and authors.
const pagedListing = /^\/[a-z]{2}(\/(topics|authors)\/[^/]+)?\/?$/;

export default function proxy(request: NextRequest, event: Parameters<typeof adminGate>[1]) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith("/admin")) return adminGate(request, event);
  if (pathname === "/") {
    // A reader who prefers none of the site's languages gets the default chosen in settings,
    // which only the app (not the proxy) can read.
    if (preferredLocale(request.headers.get("accept-language"))) return chooseLanguage(request);
    const url = request.nextUrl.clone();
    url.pathname = "/api/default-language";
    return NextResponse.rewrite(url);
  }
  const [first = ""] = pathname.split("/").filter(Boolean);
  if (!isLocale(first)) {
    // An address of the site Heraldo replaced leads to its imported story; anything else gets
    // the language's own not-found page (app/[locale]/--old-address--).
    const url = request.nextUrl.clone();
    url.pathname = `/${localeFromAcceptLanguage(request.headers.get("accept-language"))}/--old-address--${pathname}`;
    url.search = "";
    return NextResponse.rewrite(url);
  }
  const page = searchParams.get("page");
  if (page !== null && pagedListing.test(pathname)) {
    const url = request.nextUrl.clone();
    url.searchParams.delete("page");
    // Anything but a positive whole number becomes a segment the page route answers with 404.
    const segment = /^[1-9]\d{0,5}$/.test(page) ? page : "invalid-page";
    url.pathname = `${pathname.replace(/\/$/, "")}/${segment}`;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/",
    // Everything but the languages and the app's own paths: files at the root (robots.txt,
    // sitemap.xml, logo.png, icons) and the sitemaps are served as they are, not answered as an
    // unknown language. Listing the languages here only spares reader pages the proxy; a
    // language missing here is still served correctly.
    // Preview share links (/preview/<token>) and account links (/reset-password/<token>,
    // /invite/<token>) are not reader pages: they answer for themselves.
    "/((?!es/|es$|en/|en$|admin|login|reset-password/|invite/|api|media|_next|sitemaps/|preview/|[^/]+\\.[a-z0-9]+$).*)",
    "/admin/:path*",
    {
      source: "/((?!api|_next|media|sitemaps/|preview/|[^/]+\\.[a-z0-9]+$).*)",
      has: [{ type: "query", key: "page" }],
    },
  ],
};
