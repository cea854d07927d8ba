import { beforeEach, describe, expect, it } from "vitest";
import { createTopic, resetTestDatabase } from "@/test/database";
import { getTopicBySlug, listFrontPageTopics, listTopics } from "./reads";

beforeEach(resetTestDatabase);

describe("getTopicBySlug", () => {
  it("finds a topic by its slug in each language, with its slugs in every language", async () => {
    const id = await createTopic({ es: ["Medio ambiente", "medio-ambiente"], en: ["Environment", "environment"] });

    const spanish = await getTopicBySlug("es", "medio-ambiente");
    const english = await getTopicBySlug("en", "environment");

    const slugs = { es: "medio-ambiente", en: "environment" };
    expect(spanish).toEqual({
      id,
      name: "Medio ambiente",
      slug: "medio-ambiente",
      description: "Medio ambiente (es)",
      slugs,
    });
    expect(english).toEqual({ id, name: "Environment", slug: "environment", description: "Environment (en)", slugs });
  });

  it("does not find a slug in the wrong language or an unknown slug", async () => {
    await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] });

    expect(await getTopicBySlug("en", "salud")).toBeNull();
    expect(await getTopicBySlug("es", "health")).toBeNull();
    expect(await getTopicBySlug("es", "no-existe")).toBeNull();
  });

  it("lists only the languages the topic is named in", async () => {
    await createTopic({ es: ["Toros", "toros"] });

    expect((await getTopicBySlug("es", "toros"))?.slugs).toEqual({ es: "toros" });
  });
});

describe("listFrontPageTopics", () => {
  it("lists the topics with a front-page position, in that order, named in the language", async () => {
    const third = await createTopic({ es: ["Educación", "educacion"], en: ["Education", "education"] }, 3);
    await createTopic({ es: ["Cultura", "cultura"], en: ["Culture", "culture"] }, null);
    const first = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] }, 1);
    const second = await createTopic({ es: ["Economía", "economia"], en: ["Economy", "economy"] }, 2);

    expect(await listFrontPageTopics("en")).toEqual([
      { id: first, name: "Health", slug: "health" },
      { id: second, name: "Economy", slug: "economy" },
      { id: third, name: "Education", slug: "education" },
    ]);
    expect((await listFrontPageTopics("es")).map((t) => t.name)).toEqual(["Salud", "Economía", "Educación"]);
  });

  it("leaves out a front-page topic not named in the language", async () => {
    await createTopic({ es: ["Toros", "toros"] }, 1);
    const health = await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] }, 2);

    expect(await listFrontPageTopics("en")).toEqual([{ id: health, name: "Health", slug: "health" }]);
  });
});

describe("listTopics", () => {
  it("lists every topic named in the language alphabetically", async () => {
    await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] }, 1);
    await createTopic({ es: ["Cultura", "cultura"], en: ["Culture", "culture"] });
    await createTopic({ es: ["Economía", "economia"] });

    expect((await listTopics("en")).map((t) => t.name)).toEqual(["Culture", "Health"]);
    expect((await listTopics("es")).map((t) => t.name)).toEqual(["Cultura", "Economía", "Salud"]);
  });
});
