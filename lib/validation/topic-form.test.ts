import { describe, expect, it } from "vitest";
import { emptyTopicForm, topicFieldErrors, topicFormInput, topicFormSchema } from "./topic-form";

describe("topic form", () => {
  it("reads names, slugs and an optional front-page position", () => {
    const values = {
      ...emptyTopicForm(),
      "name.es": "Salud",
      "slug.es": "salud",
      "name.en": "Health",
      "slug.en": "health",
    };
    const parsed = topicFormSchema.parse(topicFormInput({ ...values, frontPagePosition: " 3 " }));
    expect(parsed.frontPagePosition).toBe(3);
    expect(parsed.translations.en).toEqual({ name: "Health", slug: "health", description: "" });
    expect(topicFormSchema.parse(topicFormInput(values)).frontPagePosition).toBeNull();
  });

  it("names each bad field by its form name", () => {
    const values = {
      ...emptyTopicForm(),
      "name.es": "Salud",
      "slug.es": "¿?",
      "slug.en": "¡!",
      frontPagePosition: "zero",
    };
    const result = topicFormSchema.safeParse(topicFormInput(values));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(topicFieldErrors(result.error)).toEqual({
      frontPagePosition: "positionInvalid",
      "slug.es": "slugInvalid",
      "name.en": "nameRequired",
      "slug.en": "slugInvalid",
    });
  });

  it("makes an empty address from the name, and puts a typed one in slug form", () => {
    const values = {
      ...emptyTopicForm(),
      "name.es": "Medio Ambiente y Energía",
      "slug.es": "",
      "name.en": "Water",
      "slug.en": "Nueva Ley  de Aguas",
    };
    const parsed = topicFormSchema.parse(topicFormInput(values));
    expect(parsed.translations.es.slug).toBe("medio-ambiente-y-energia");
    expect(parsed.translations.en.slug).toBe("nueva-ley-de-aguas");
  });
});
