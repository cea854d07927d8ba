/**
 * Story texts for the bulk archive, recombined from the demo stories: each generated story
 * follows one demo story's structure, swaps some of its paragraphs for paragraphs of other
 * stories on the same topic, varies its figures, shifts its years to the publication year and
 * adds a local paragraph naming invented places and people. The demo's Spanish and English
 * bodies have the same blocks in the same order, so a generated pair stays a real translation:
 * both languages take the same blocks and the same variations.
 */
import { htmlToText, sanitizeArticleHtml } from "@/lib/html/sanitize";
import type { Locale } from "@/lib/locales";
import { demoStories } from "../stories";
import type { DemoStory, TopicKey } from "../types";
import { firstNames, placeNames, surnames } from "./names";
import { hash, type Random } from "./random";

type Block = { html: string; text: string; paragraph: boolean };

/** A demo story cut into blocks, per language it is written in. */
export type SourceStory = { story: DemoStory; topic: TopicKey; blocks: Partial<Record<Locale, Block[]>> };

export type StoryText = { title: string; summary: string; body: string; bodyText: string; correction: string };

export type GeneratedStory = {
  /** The demo story it follows: its topics, authors, source and image fit the text. */
  base: SourceStory;
  texts: Partial<Record<Locale, StoryText>>;
};

// Top-level blocks of a sanitised body; the demo bodies are made of nothing else.
const blockPattern = /<(p|h2|h3|ul|ol|blockquote)\b[^>]*>[\s\S]*?<\/\1>/g;

function cutIntoBlocks(html: string): Block[] {
  const body = sanitizeArticleHtml(html);
  return (body.match(blockPattern) ?? []).map((block) => ({
    html: block,
    // Worked out once per block: htmlToText of a body is the blocks' texts joined by spaces,
    // which saves parsing every generated body again.
    text: htmlToText(block),
    paragraph: block.startsWith("<p"),
  }));
}

export const sourceStories: readonly SourceStory[] = demoStories.map((story) => {
  const blocks: Partial<Record<Locale, Block[]>> = {};
  if (story.es) blocks.es = cutIntoBlocks(story.es.body);
  if (story.en) blocks.en = cutIntoBlocks(story.en.body);
  return { story, topic: story.topics[0] ?? "economy", blocks };
});

// Pairs whose block lists differ in length could not be recombined block by block.
for (const source of sourceStories) {
  const { es, en } = source.blocks;
  if (es && en && es.length !== en.length) throw new Error(`demo story ${source.story.key}: es/en blocks differ`);
}

type Local = { place: string; person: string; other: string; female: boolean };

/** The local paragraph, the same sentence in both languages. Plain words only: no markup. */
const localParagraphs: readonly Record<Locale, (l: Local) => string>[] = [
  {
    es: (l) =>
      `En ${l.place}, ${l.female ? "la concejala" : "el concejal"} ${l.person} explicó que el ayuntamiento seguirá de cerca la evolución de estas cifras durante los próximos meses y que informará a los vecinos en un pleno abierto.`,
    en: (l) =>
      `In ${l.place}, councillor ${l.person} said the town hall would follow these figures closely over the coming months and would brief residents at an open council meeting.`,
  },
  {
    es: (l) =>
      `La asociación vecinal de ${l.place} pidió que las medidas lleguen también a los barrios más alejados del centro. ${l.female ? "Su presidenta" : "Su presidente"}, ${l.person}, recordó que muchas familias dependen del transporte público para acudir a los servicios.`,
    en: (l) =>
      `The residents' association in ${l.place} asked for the measures to reach outlying neighbourhoods too. Its chair, ${l.person}, pointed out that many families rely on public transport to get to services.`,
  },
  {
    es: (l) =>
      `Desde ${l.place}, donde el proyecto se puso a prueba el año pasado, ${l.female ? "la técnica" : "el técnico"} municipal ${l.person} aseguró que los resultados fueron mejores de lo previsto, aunque advirtió de que hará falta más personal.`,
    en: (l) =>
      `In ${l.place}, where the project was piloted last year, municipal officer ${l.person} said the results had been better than expected, though more staff would be needed.`,
  },
  {
    es: (l) =>
      `${l.female ? "La alcaldesa" : "El alcalde"} de ${l.place}, ${l.person}, y su homóloga de ${l.other} firmarán la próxima semana un convenio para compartir recursos y coordinar los calendarios de ambos municipios.`,
    en: (l) =>
      `The mayor of ${l.place}, ${l.person}, and her counterpart in ${l.other} will sign an agreement next week to share resources and coordinate the two towns' calendars.`,
  },
  {
    es: (l) =>
      `En la comarca de ${l.place} la noticia se recibió con cautela. «Hemos oído anuncios parecidos otras veces; esperaremos a ver los hechos», resumió ${l.person}, que regenta un negocio familiar en la plaza mayor.`,
    en: (l) =>
      `In the ${l.place} district the news was received with caution. "We have heard similar announcements before; we will wait and see," said ${l.person}, who runs a family business on the main square.`,
  },
  {
    es: (l) =>
      `Los datos de ${l.place} y ${l.other} se publicarán por separado a final de mes, según confirmó ${l.person}, responsable de la oficina comarcal de estadística.`,
    en: (l) =>
      `Figures for ${l.place} and ${l.other} will be published separately at the end of the month, confirmed ${l.person}, head of the district statistics office.`,
  },
  {
    es: (l) =>
      `La biblioteca de ${l.place} acogerá el jueves una sesión informativa abierta al público, en la que ${l.person} responderá a las preguntas de los asistentes.`,
    en: (l) =>
      `The library in ${l.place} will host a public information session on Thursday, at which ${l.person} will answer questions from those attending.`,
  },
  {
    es: (l) =>
      `Según ${l.person}, portavoz de la cooperativa de ${l.place}, la medida llega tarde para quienes ya han cerrado, pero puede salvar a los que resisten.`,
    en: (l) =>
      `According to ${l.person}, spokesperson for the ${l.place} cooperative, the measure comes too late for those who have already closed but could save those still holding on.`,
  },
];

const corrections: readonly Record<Locale, string>[] = [
  {
    es: "Una versión anterior de esta noticia atribuía una de las declaraciones a otra persona. Se ha corregido.",
    en: "An earlier version of this article attributed one of the quotes to the wrong person. This has been corrected.",
  },
  {
    es: "Se ha corregido una cifra del tercer párrafo, que aparecía mal redondeada.",
    en: "A figure in the third paragraph, which had been rounded incorrectly, has been corrected.",
  },
  {
    es: "Se ha actualizado la fecha del plazo de solicitud, que había cambiado tras la publicación.",
    en: "The application deadline has been updated; it changed after publication.",
  },
];

/** What varies one story's figures: the same in both languages, so a pair keeps matching. */
type Variation = { salt: number; yearShift: number };

// A run of digits not inside a word (so "t3" or an entity like "&#39;" stay as they are).
const numberPattern = /(?<![\p{L}#&\d])\d+/gu;

function varyNumber(digits: string, variation: Variation): string {
  const value = Number(digits);
  // Years move with the publication date: a 2026 report published in 2020 talks of 2020.
  if (digits.length === 4 && value >= 1990 && value <= 2039) return String(value + variation.yearShift);
  const h = hash(digits, variation.salt);
  if (h % 3 === 0) return digits; // a third of figures stay as the demo had them
  let out = "";
  for (let i = 0; i < digits.length; i += 1) {
    const d = (h >>> (i * 3)) % 10;
    out += i === 0 && digits.length > 1 && d === 0 ? "1" : String(d);
  }
  return out;
}

function varyText(text: string, variation: Variation): string {
  return text.replace(numberPattern, (digits) => varyNumber(digits, variation));
}

/** Varies only the text between tags: addresses and attributes stay valid. */
function varyHtml(html: string, variation: Variation): string {
  return html.replace(/(^|>)([^<]+)/g, (_, open: string, text: string) => open + varyText(text, variation));
}

function pickLocal(random: Random): Local {
  const female = random.chance(0.5);
  const surname = () => surnames[random.skewedIndex(surnames.length)] ?? "Márquez";
  return {
    place: placeNames[random.skewedIndex(placeNames.length)] ?? "Valdemar",
    other: placeNames[random.skewedIndex(placeNames.length)] ?? "Altamira",
    person: `${random.pick(female ? firstNames.female : firstNames.male)} ${surname()} ${surname()}`,
    female,
  };
}

const bilingual = sourceStories.filter((s) => s.blocks.es && s.blocks.en);
const byTopic = new Map<TopicKey, SourceStory[]>();
for (const source of sourceStories) byTopic.set(source.topic, [...(byTopic.get(source.topic) ?? []), source]);

function has(source: SourceStory, want: readonly Locale[]): boolean {
  return want.every((locale) => source.blocks[locale] !== undefined);
}

/** A reference to one block of one source story, taken in every language of the story. */
type BlockRef = { source: SourceStory; index: number } | { local: Local; template: number };

function paragraphIndexes(source: SourceStory, want: readonly Locale[]): number[] {
  const first = source.blocks[want[0] ?? "es"] ?? [];
  return first.flatMap((block, index) =>
    want.every((locale) => source.blocks[locale]?.[index]?.paragraph) && block.paragraph ? [index] : [],
  );
}

/**
 * One story in the given languages (one or both), published in `publishedYear`; `now` is the
 * year the demo texts speak of.
 */
export function generateStory(
  random: Random,
  want: readonly Locale[],
  publishedYear: number,
  nowYear: number,
): GeneratedStory {
  const candidates = want.length > 1 ? bilingual : sourceStories.filter((s) => has(s, want));
  const base = random.pick(candidates);
  const donors = (byTopic.get(base.topic) ?? []).filter((s) => has(s, want));
  const variation: Variation = { salt: random.int(1, 0x7fffffff), yearShift: publishedYear - nowYear };

  const plan: BlockRef[] = [];
  const baseBlocks = base.blocks[want[0] ?? "es"] ?? [];
  for (const [index, block] of baseBlocks.entries()) {
    // The opening paragraph stays: it is what the headline and summary are about.
    if (index === 0 || !block.paragraph) {
      plan.push({ source: base, index });
      continue;
    }
    if (random.chance(0.08)) continue; // a shorter story
    const donor = random.pick(donors);
    const donorParagraphs = paragraphIndexes(donor, want);
    if (random.chance(0.35) && donorParagraphs.length > 0) {
      plan.push({ source: donor, index: random.pick(donorParagraphs) });
    } else {
      plan.push({ source: base, index });
    }
    if (random.chance(0.08) && donorParagraphs.length > 0)
      plan.push({ source: donor, index: random.pick(donorParagraphs) });
  }
  // The local paragraph goes after the opening, somewhere in the first half.
  const local = pickLocal(random);
  plan.splice(random.int(1, Math.max(1, Math.floor(plan.length / 2))), 0, {
    local,
    template: random.int(0, localParagraphs.length - 1),
  });

  // Headlines should rarely repeat: one whose figures did not change gets a place-name kicker
  // ("Valcorta: ..."), drawn evenly so kickers do not repeat the way body names do.
  const headline = base.story[want[0] ?? "es"]?.title ?? "";
  const figuresChanged = varyText(headline, variation) !== headline;
  const kicker = !figuresChanged || random.chance(0.75) ? random.pick(placeNames) : undefined;
  const correction = random.chance(0.03) ? random.pick(corrections) : undefined;

  const texts: Partial<Record<Locale, StoryText>> = {};
  for (const locale of want) {
    const demo = base.story[locale];
    if (!demo) throw new Error(`demo story ${base.story.key} has no ${locale} text`);
    const html: string[] = [];
    const text: string[] = [];
    for (const ref of plan) {
      if ("local" in ref) {
        const sentence = localParagraphs[ref.template]?.[locale](ref.local) ?? "";
        html.push(`<p>${sentence}</p>`);
        text.push(sentence);
        continue;
      }
      const block = ref.source.blocks[locale]?.[ref.index];
      if (!block) throw new Error(`missing block ${ref.index} of ${ref.source.story.key}`);
      html.push(varyHtml(block.html, variation));
      text.push(varyText(block.text, variation));
    }
    const title = varyText(demo.title, variation);
    texts[locale] = {
      title: kicker ? `${kicker}: ${title}` : title,
      summary: varyText(demo.summary, variation),
      body: html.join("\n"),
      bodyText: text.join(" "),
      correction: correction?.[locale] ?? "",
    };
  }
  return { base, texts };
}
