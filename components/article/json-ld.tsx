import { jsonLdText } from "@/lib/structured-data";

/** Structured data for search engines; the text is escaped so it cannot end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
