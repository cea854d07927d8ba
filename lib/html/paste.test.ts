import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./paste";

const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; font-family:Calibri} --></style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head>
<body lang=ES style='tab-interval:35.4pt'><!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span style='font-family:"Times New Roman"'>Nota de prensa</span></h1>
<p class=MsoNormal><span style='font-size:12.0pt;mso-bidi-font-family:Calibri'>Primer párrafo con <b>negrita</b>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Uno<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span>·<span>&nbsp; </span></span><![endif]>Dos<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>1.<span>&nbsp;</span></span><![endif]>Primero</p>
<!--EndFragment--></body></html>`;

describe("cleanPastedHtml", () => {
  it("removes Word's comments, styles, namespaced tags and empty paragraphs, and rebuilds its lists", () => {
    const out = cleanPastedHtml(word);
    expect(out).not.toMatch(/<!--|<o:|<style|<meta|<xml|supportLists|·/);
    expect(out).toContain("<h2>");
    expect(out).toMatch(/<ul>\s*<li>Uno<\/li>\s*<li>Dos<\/li>\s*<\/ul>/);
    expect(out).toMatch(/<ol><li>Primero<\/li>\s*<\/ol>/);
    expect(out).toContain("negrita");
    expect(out.match(/<p\b/g)).toHaveLength(1);
  });

  it("drops LibreOffice and Google Docs empty paragraphs and keeps the text", () => {
    const out = cleanPastedHtml(
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-size:11pt">Texto</span></p><p><br></p><p class="western" align="left"><font face="Liberation Serif"><span>&nbsp;</span></font></p></b>',
    );
    expect(out).toContain("Texto");
    expect(out.match(/<p\b/g)).toHaveLength(1);
  });
});
