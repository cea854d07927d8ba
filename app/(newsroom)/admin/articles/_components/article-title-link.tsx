import Link from "next/link";

/** A story's headline as newsroom lists show it: a link to its editor page. */
export function ArticleTitleLink({ id, title }: { id: number; title: string }) {
  return (
    <Link prefetch={false} href={`/admin/articles/${id}`} className="font-medium text-link hover:underline">
      {title}
    </Link>
  );
}
