import { describe, expect, it } from "vitest";
import {
  articleFormSchema,
  fieldErrorsFrom,
  readArticleForm,
  type ArticleFormInput,
  type ArticleFormValues,
  type FieldErrors,
} from "./article-form";

/** A form as a newsroom user would post it, valid unless a test changes it. */
function formValues(overrides: Partial<ArticleFormValues> = {}): ArticleFormValues {
  return {
    locale: "es",
    title: "Nuevas becas para estudiantes",
    slug: "nuevas-becas",
    summary: "El ministerio amplía las ayudas.",
    body: "<p>Texto de la noticia.</p>",
    topicIds: ["1", "2"],
    authorIds: ["3"],
    leadMediaId: "",
    leadImageCaption: "",
    leadImageCredit: "",
    sourceName: "",
    sourceUrl: "",
    correction: "",
    seoTitle: "",
    seoDescription: "",
    featured: false,
    breaking: false,
    commentsEnabled: true,
    ...overrides,
  };
}

function parse(overrides: Partial<ArticleFormValues>): { data?: ArticleFormInput; errors?: FieldErrors } {
  const result = articleFormSchema.safeParse(formValues(overrides));
  return result.success ? { data: result.data } : { errors: fieldErrorsFrom(result.error) };
}

describe("articleFormSchema", () => {
  it("accepts a valid form and turns ids into numbers", () => {
    const { data, errors } = parse({ leadMediaId: "5", title: "  Nuevas becas  " });

    expect(errors).toBeUndefined();
    expect(data).toMatchObject({
      title: "Nuevas becas",
      slug: "nuevas-becas",
      topicIds: [1, 2],
      authorIds: [3],
      leadMediaId: 5,
    });
  });

  it("reads an empty lead image as none", () => {
    expect(parse({ leadMediaId: "" }).data?.leadMediaId).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
  ])("requires a title (%s)", (_, title) => {
    expect(parse({ title }).errors).toEqual({ title: "required" });
  });

  it("refuses a title over 200 characters and accepts one of exactly 200", () => {
    expect(parse({ title: "a".repeat(201) }).errors).toEqual({ title: "tooLong" });
    expect(parse({ title: "a".repeat(200) }).errors).toBeUndefined();
  });

  it.each([
    ["Nueva Ley  de Aguas", "nueva-ley-de-aguas"],
    ["con espacios", "con-espacios"],
    ["Mayusculas", "mayusculas"],
    ["acentuación", "acentuacion"],
    ["doble--guion", "doble-guion"],
    ["-inicio", "inicio"],
    ["  Año_2027 ", "ano-2027"],
  ])("puts the typed slug %j in slug form", (slug, normalised) => {
    expect(parse({ slug }).data?.slug).toBe(normalised);
  });

  it("refuses a typed slug with nothing to keep instead of making one from the title", () => {
    expect(parse({ slug: "¿¡!?" }).errors).toEqual({ slug: "slugFormat" });
  });

  it("keeps the SEO title and description, trimmed, and refuses them past their limits", () => {
    expect(parse({ seoTitle: "  Becas 2027 ", seoDescription: " Plazos. " }).data).toMatchObject({
      seoTitle: "Becas 2027",
      seoDescription: "Plazos.",
    });
    expect(parse({ seoTitle: "x".repeat(121) }).errors).toEqual({ seoTitle: "tooLong" });
    expect(parse({ seoDescription: "x".repeat(301) }).errors).toEqual({ seoDescription: "tooLong" });
  });

  it("refuses a slug over 120 characters", () => {
    expect(parse({ slug: "a".repeat(121) }).errors).toEqual({ slug: "tooLong" });
  });

  it("derives an empty slug from the title, folding accents", () => {
    const { data } = parse({ slug: "", title: "Educación pública: ¡más años de niñez!" });

    expect(data?.slug).toBe("educacion-publica-mas-anos-de-ninez");
  });

  it("refuses an empty slug when the title gives nothing to derive it from", () => {
    expect(parse({ slug: "", title: "¿¡!?" }).errors).toEqual({ slug: "slugFormat" });
  });

  it("requires a summary", () => {
    expect(parse({ summary: " " }).errors).toEqual({ summary: "required" });
  });

  it.each([
    ["empty", ""],
    ["only tags", "<p></p><br><hr>"],
    ["tags and whitespace", "<p>   </p>\n<p>&nbsp;</p>"],
    ["only a script", "<script>alert('x')</script>"],
  ])("requires body text (%s)", (_, body) => {
    expect(parse({ body }).errors).toEqual({ body: "required" });
  });

  it.each(["ftp://example.org/file", "javascript:alert(1)", "www.example.org", "https://exa mple.org"])(
    "refuses the source URL %j",
    (sourceUrl) => {
      expect(parse({ sourceUrl, sourceName: "Fuente" }).errors).toEqual({ sourceUrl: "urlFormat" });
    },
  );

  it("accepts an http(s) source URL with a source name, and asks for the name without one", () => {
    expect(parse({ sourceUrl: "https://example.org/informe", sourceName: "Ministerio" }).errors).toBeUndefined();
    expect(parse({ sourceUrl: "https://example.org/informe", sourceName: "" }).errors).toEqual({
      sourceName: "sourceNameNeeded",
    });
  });

  it("refuses an unknown language", () => {
    expect(parse({ locale: "fr" }).errors).toEqual({ locale: "invalidLocale" });
  });

  it("refuses ids that are not positive whole numbers", () => {
    expect(parse({ topicIds: ["0"] }).errors).toEqual({ topicIds: "unknownId" });
    expect(parse({ authorIds: ["1.5"] }).errors).toEqual({ authorIds: "unknownId" });
    expect(parse({ leadMediaId: "-2" }).errors).toEqual({ leadMediaId: "unknownId" });
  });

  it("refuses more than 20 topics", () => {
    const topicIds = Array.from({ length: 21 }, (_, i) => String(i + 1));
    expect(parse({ topicIds }).errors).toEqual({ topicIds: "tooMany" });
  });

  it("reports one message per field, for every field at fault", () => {
    expect(parse({ title: "", summary: "", body: "<p></p>", slug: "¿?" }).errors).toEqual({
      title: "required",
      summary: "required",
      body: "required",
      slug: "slugFormat",
    });
  });
});

describe("readArticleForm", () => {
  it("reads checkboxes as ticked only when posted, and every selected id", () => {
    const form = new FormData();
    form.set("locale", "en");
    form.set("title", "A title");
    form.set("featured", "on");
    form.set("commentsEnabled", "on");
    form.append("topicIds", "4");
    form.append("topicIds", "9");
    form.append("topicIds", "");
    form.append("authorIds", "2");

    const values = readArticleForm(form);

    expect(values).toMatchObject({
      locale: "en",
      title: "A title",
      featured: true,
      breaking: false,
      commentsEnabled: true,
      topicIds: ["4", "9"],
      authorIds: ["2"],
    });
  });

  it("reads missing fields as empty, so an unticked comments box turns comments off", () => {
    const values = readArticleForm(new FormData());

    expect(values).toEqual({
      locale: "",
      title: "",
      slug: "",
      summary: "",
      body: "",
      topicIds: [],
      authorIds: [],
      leadMediaId: "",
      leadImageCaption: "",
      leadImageCredit: "",
      sourceName: "",
      sourceUrl: "",
      correction: "",
      seoTitle: "",
      seoDescription: "",
      featured: false,
      breaking: false,
      commentsEnabled: false,
    });
  });

  it("ignores an uploaded file where text was expected", () => {
    const form = new FormData();
    form.set("title", new Blob(["x"]), "title.txt");

    expect(readArticleForm(form).title).toBe("");
  });

  it("feeds the schema: a posted form parses into article input", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      locale: "es",
      title: "Año récord de lluvias",
      slug: "",
      summary: "Resumen",
      body: "<p>Texto</p>",
      leadMediaId: "",
      breaking: "on",
    })) {
      form.set(name, value);
    }

    const result = articleFormSchema.safeParse(readArticleForm(form));

    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ slug: "ano-record-de-lluvias", breaking: true, featured: false, topicIds: [] });
  });
});
