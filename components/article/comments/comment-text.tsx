/**
 * A comment's text as React nodes: paragraphs at blank lines, line breaks kept, web addresses
 * as links with rel="nofollow ugc" (lib/comments/linkify.ts). Nothing else is interpreted, and
 * no HTML string is ever built: React escapes every piece.
 */
import { commentSegments } from "@/lib/comments/linkify";

function Lines({ text }: { text: string }) {
  const lines = text.split("\n");
  return lines.map((line, index) => (
    <span key={index}>
      {commentSegments(line).map((segment, at) =>
        segment.kind === "link" ? (
          <a key={at} href={segment.href} rel="nofollow ugc noopener" className="break-all text-link underline">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
      {index < lines.length - 1 && <br />}
    </span>
  ));
}

export function CommentText({ body, className = "" }: { body: string; className?: string }) {
  return (
    <div className={`flex flex-col gap-2 break-words ${className}`}>
      {body.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>
          <Lines text={paragraph} />
        </p>
      ))}
    </div>
  );
}
