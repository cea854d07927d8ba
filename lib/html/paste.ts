/**
 * HTML pasted from a word processor (Word, LibreOffice, Google Docs) made plain before the
 * editor reads it. The editor's schema already drops styles, classes, fonts and spans; this
 * removes what it would otherwise keep as text or as empty blocks: Office comments and
 * conditional blocks, namespaced tags (<o:p>), empty paragraphs, and turns Word's list
 * paragraphs into real lists. Not a security filter: the server sanitises whatever it gets.
 */
const blank = String.raw`(?:\s|&nbsp;|&#160;|&#xa0;|\u00a0|<br\b[^>]*>|<span\b[^>]*>|</span>|<font\b[^>]*>|</font>|<b\b[^>]*>|</b>|<i\b[^>]*>|</i>)*`;

function wordLists(html: string): string {
  // <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>1.<![endif]>Text</p>
  const items = html.replace(/<p\b[^>]*mso-list:[^>]*>([\s\S]*?)<\/p>/gi, (_match, content: string) => {
    const marker = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i.exec(content);
    const markerText = (marker?.[1] ?? "").replace(/<[^>]*>|&nbsp;|\s/g, "");
    const kind = /^(?:\d+|[a-z]|[ivxlc]+)[.)]$/i.test(markerText) ? "ol" : "ul";
    const text = content.replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi, "");
    return `<li data-paste-list="${kind}">${text}</li>`;
  });
  return items
    .replace(/(?:<li data-paste-list="ul">[\s\S]*?<\/li>\s*)+/g, (run) => `<ul>${run}</ul>`)
    .replace(/(?:<li data-paste-list="ol">[\s\S]*?<\/li>\s*)+/g, (run) => `<ol>${run}</ol>`)
    .replace(/<li data-paste-list="(?:ul|ol)">/g, "<li>");
}

export function cleanPastedHtml(html: string): string {
  let out = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(style|script|xml|title|head)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<(?:meta|link)\b[^>]*>/gi, "");
  out = wordLists(out)
    .replace(/<!\[(?:if|endif)[^\]]*\]>/gi, "")
    // Office's own elements (<o:p>, <w:sdt>, <v:shape>): the tags go, any text stays.
    .replace(/<\/?[a-z]+:[a-z0-9-]+\b[^>]*>/gi, "")
    // The editor has two heading levels below the headline.
    .replace(/<(\/?)h1\b[^>]*>/gi, "<$1h2>")
    .replace(/<(\/?)h[4-6]\b[^>]*>/gi, "<$1h3>");
  // Paragraphs with nothing but spaces, line breaks and empty formatting.
  return out.replace(new RegExp(String.raw`<p\b[^>]*>${blank}</p>`, "gi"), "").trim();
}
