import type { DemoStory } from "../types";
import { economyStories } from "./economy";
import { healthStories } from "./health";
import { educationStories } from "./education";
import { environmentStories } from "./environment";
import { scienceStories } from "./science";
import { cultureStories } from "./culture";
import { internationalStories } from "./international";

export const demoStories: DemoStory[] = [
  ...economyStories,
  ...healthStories,
  ...educationStories,
  ...environmentStories,
  ...scienceStories,
  ...cultureStories,
  ...internationalStories,
];
