import { sanitizeArticleHtml as s } from "../lib/html/sanitize";
for (const h of [
 '<figure><img src="/media/2026/a.jpg" alt="A" width="10" height="5"><figcaption>cap</figcaption></figure>',
 '<figure><iframe src="https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=1" title="Video" srcdoc="<script>" onload="x"><p>fallback</p></iframe></figure>',
 '<iframe src="https://evil.example/embed/x"><p>inside</p></iframe><p>after</p>',
 '<img src="/media/../secret" ><img src="https://example.org/a.jpg"><img src="/media/a.jpg?x=1">',
]) { const o = s(h); console.log(o); console.log(s(o)===o); }
