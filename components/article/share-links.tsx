import { getTranslations } from "next-intl/server";

/**
 * Sharing by plain links: no third-party script, no tracking, works without JavaScript.
 * `url` must be absolute.
 */
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("share");
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const targets = [
    { name: "Email", label: t("email"), href: `mailto:?subject=${text}&body=${u}` },
    { name: "X", label: t("on", { network: "X" }), href: `https://x.com/intent/post?text=${text}&url=${u}` },
    {
      name: "Facebook",
      label: t("on", { network: "Facebook" }),
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    },
    {
      name: "LinkedIn",
      label: t("on", { network: "LinkedIn" }),
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    },
    { name: "WhatsApp", label: t("on", { network: "WhatsApp" }), href: `https://wa.me/?text=${text}%20${u}` },
  ];
  return (
    <nav aria-label={t("title")} className="no-print">
      <h2 className="text-sm font-bold tracking-wider uppercase">{t("title")}</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {targets.map((target) => (
          <li key={target.name}>
            <a
              href={target.href}
              rel="noopener noreferrer"
              target={target.name === "Email" ? undefined : "_blank"}
              aria-label={target.label}
              className="inline-block rounded-sm border border-rule px-3 py-1.5 font-medium hover:border-ink"
            >
              {target.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
