/**
 * Invented place names and surnames for the bulk archive. Each story mentions a few of them;
 * they are drawn with a skewed distribution, so some names turn up in thousands of stories and
 * most in a handful: search then has rare words to find, not only the demo's common ones.
 * The lists are the same whatever the seed, so a name found in one archive exists in all.
 */
import { createRandom } from "./random";

const placeSyllables = [
  "val",
  "mar",
  "sie",
  "al",
  "ta",
  "mi",
  "ra",
  "cor",
  "bel",
  "lo",
  "san",
  "te",
  "ro",
  "vi",
  "na",
  "du",
  "ga",
  "le",
  "so",
  "qui",
  "ber",
  "mon",
  "fra",
  "li",
  "ca",
  "zo",
  "pe",
  "ña",
  "lin",
  "ar",
];
const surnameSyllables = [
  "gar",
  "ri",
  "lo",
  "men",
  "do",
  "sa",
  "vi",
  "ver",
  "que",
  "ro",
  "ba",
  "can",
  "ti",
  "pa",
  "nu",
  "hor",
  "ce",
  "mo",
  "es",
  "tal",
  "bra",
  "de",
  "fon",
  "gil",
];
const surnameEndings = ["ez", "ero", "ado", "ín", "al", "ona", "illa", "es"];

/** First names by grammatical gender, so Spanish titles agree ("la concejala Ana ..."). */
export const firstNames = {
  female: ["Ana", "Marta", "Carmen", "Isabel", "Lucía", "Teresa", "Nuria", "Rosa", "Irene", "Alba"],
  male: ["Luis", "Javier", "Pablo", "Andrés", "Raúl", "Óscar", "Diego", "Hugo", "Tomás", "Jorge"],
} as const;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function uniqueWords(count: number, seed: number, make: (random: ReturnType<typeof createRandom>) => string) {
  const random = createRandom(seed);
  const seen = new Set<string>();
  // Bounded: the syllable tables allow far more combinations than asked for.
  for (let tries = 0; seen.size < count && tries < count * 20; tries += 1) seen.add(capitalise(make(random)));
  return [...seen];
}

export const placeNames: readonly string[] = uniqueWords(4000, 7, (random) =>
  Array.from({ length: random.int(2, 3) }, () => random.pick(placeSyllables)).join(""),
);

export const surnames: readonly string[] = uniqueWords(
  3000,
  11,
  (random) =>
    Array.from({ length: random.int(1, 2) }, () => random.pick(surnameSyllables)).join("") +
    random.pick(surnameEndings),
);
