/** The demo newsroom's topics and staff. */
import type { Role } from "@/lib/roles";
import type { AuthorKey, TopicKey } from "./types";

export const demoTopics: Record<
  TopicKey,
  { frontPagePosition: number | null; es: [string, string, string]; en: [string, string, string] }
> = {
  economy: {
    frontPagePosition: 1,
    es: ["Economía", "economia", "Empleo, presupuestos, empresas y coyuntura económica."],
    en: ["Economy", "economy", "Jobs, budgets, business and the economic outlook."],
  },
  health: {
    frontPagePosition: 2,
    es: ["Salud", "salud", "Sanidad pública, prevención e investigación médica."],
    en: ["Health", "health", "Public health care, prevention and medical research."],
  },
  environment: {
    frontPagePosition: 3,
    es: ["Medio ambiente", "medio-ambiente", "Clima, energía, agua y biodiversidad."],
    en: ["Environment", "environment", "Climate, energy, water and biodiversity."],
  },
  education: {
    frontPagePosition: 4,
    es: ["Educación", "educacion", "Escuelas, universidades y formación a lo largo de la vida."],
    en: ["Education", "education", "Schools, universities and lifelong learning."],
  },
  science: {
    frontPagePosition: null,
    es: ["Ciencia y tecnología", "ciencia-y-tecnologia", "Investigación, innovación y servicios digitales."],
    en: ["Science and technology", "science-and-technology", "Research, innovation and digital services."],
  },
  culture: {
    frontPagePosition: null,
    es: ["Cultura", "cultura", "Patrimonio, libros, música y artes escénicas."],
    en: ["Culture", "culture", "Heritage, books, music and the performing arts."],
  },
  international: {
    frontPagePosition: null,
    es: ["Internacional", "internacional", "Cooperación, diplomacia y asuntos exteriores."],
    en: ["International", "international", "Cooperation, diplomacy and foreign affairs."],
  },
};

export const demoAuthors: Record<
  AuthorKey,
  { name: string; email: string; role: Role; jobTitle: Record<string, string>; bio: Record<string, string> }
> = {
  elena: {
    name: "Elena Márquez",
    email: "elena.marquez@heraldo.example",
    role: "editor",
    jobTitle: { es: "Jefa de redacción", en: "Managing editor" },
    bio: {
      es: "Elena Márquez dirige la redacción de Heraldo. Antes cubrió política económica durante doce años y coordinó la oficina de prensa de un organismo público.",
      en: "Elena Márquez runs Heraldo's newsroom. She previously covered economic policy for twelve years and led a public body's press office.",
    },
  },
  lucia: {
    name: "Lucía Fernández",
    email: "lucia.fernandez@heraldo.example",
    role: "writer",
    jobTitle: { es: "Redactora de economía", en: "Economy reporter" },
    bio: {
      es: "Lucía Fernández escribe sobre empleo, vivienda y finanzas públicas. Es licenciada en Economía y en Periodismo.",
      en: "Lucía Fernández writes about jobs, housing and public finances. She holds degrees in economics and journalism.",
    },
  },
  mateo: {
    name: "Mateo Ibáñez",
    email: "mateo.ibanez@heraldo.example",
    role: "writer",
    jobTitle: { es: "Redactor de medio ambiente", en: "Environment reporter" },
    bio: {
      es: "Mateo Ibáñez cubre clima, energía y territorio. Ha recorrido las cuencas hidrográficas del país para varios reportajes.",
      en: "Mateo Ibáñez covers climate, energy and land use. He has travelled the country's river basins for several features.",
    },
  },
  sofia: {
    name: "Sofía Navarro",
    email: "sofia.navarro@heraldo.example",
    role: "writer",
    jobTitle: { es: "Redactora de salud y ciencia", en: "Health and science reporter" },
    bio: {
      es: "Sofía Navarro informa sobre sanidad pública e investigación. Es bióloga y trabajó como divulgadora científica.",
      en: "Sofía Navarro reports on public health and research. A biologist by training, she worked in science communication.",
    },
  },
  daniel: {
    name: "Daniel Ortega",
    email: "daniel.ortega@heraldo.example",
    role: "editor",
    jobTitle: { es: "Editor de internacional y cultura", en: "International and culture editor" },
    bio: {
      es: "Daniel Ortega edita las secciones de internacional y cultura. Fue corresponsal en Bruselas y Lisboa.",
      en: "Daniel Ortega edits the international and culture desks. He was a correspondent in Brussels and Lisbon.",
    },
  },
};
