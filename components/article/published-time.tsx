import { getFormatter } from "next-intl/server";

/** A `<time>` with a machine-readable datetime and a localised, human date. */
export async function PublishedTime({
  iso,
  withTime = false,
  className,
}: {
  iso: string;
  withTime?: boolean;
  className?: string;
}) {
  const format = await getFormatter();
  const date = new Date(iso);
  const text = format.dateTime(date, withTime ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "medium" });
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
