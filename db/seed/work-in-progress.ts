/**
 * Demo articles still in the newsroom, so the dashboard, the review queue and the schedule show
 * what a working day looks like: a writer's story waiting for review, and an editor's story
 * scheduled for the next morning. Neither is visible to readers.
 */
import type { ArticleStatus } from "@/lib/roles";
import type { AuthorKey, TopicKey } from "./types";

export type WorkInProgress = {
  locale: "es" | "en";
  status: Extract<ArticleStatus, "review" | "scheduled">;
  author: AuthorKey;
  topic: TopicKey;
  title: string;
  summary: string;
  body: string;
  /** The demo story whose generated picture it uses as lead image. */
  imageOf: string;
  /** Hours before the seed time that the writer submitted it (review). */
  submittedHoursAgo?: number;
  /** Hours after the seed time that it goes live (scheduled). */
  publishInHours?: number;
};

export const workInProgress: WorkInProgress[] = [
  {
    locale: "es",
    status: "review",
    author: "lucia",
    topic: "economy",
    imageOf: "small-business-digital-grants",
    title: "Las cooperativas agrarias de Valdemar facturan un 12 % más en el último año",
    summary:
      "El sector cooperativo cierra el ejercicio con 310 millones de ingresos, impulsado por el aceite y la venta directa.",
    body:
      "<p>Las 48 cooperativas agrarias de la provincia de Valdemar facturaron 310 millones de euros en el último ejercicio, un 12 % más que el año anterior, según el informe anual de la federación regional.</p>" +
      "<h2>El aceite tira del crecimiento</h2>" +
      "<p>El aceite de oliva aportó casi la mitad del aumento, gracias a una cosecha mejor de lo previsto y a precios estables. La venta directa a consumidores, por internet y en tiendas propias, creció un 30 %.</p>" +
      "<p>La federación pide agilizar las ayudas para modernizar almazaras y bodegas antes de la próxima campaña.</p>",
    submittedHoursAgo: 2,
  },
  {
    locale: "en",
    status: "scheduled",
    author: "elena",
    topic: "health",
    imageOf: "flu-vaccination-campaign",
    title: "Winter vaccination campaign opens on Monday at 120 health centres",
    summary:
      "Flu and COVID-19 jabs will be offered together to over-60s, pregnant women and people with chronic illness.",
    body:
      "<p>The regional health service will open its winter vaccination campaign on Monday at 120 health centres, offering flu and COVID-19 vaccines in a single appointment.</p>" +
      "<h2>Who can book</h2>" +
      "<p>People aged 60 and over, pregnant women, people with chronic illnesses and health and care workers can book through the patient app, by phone or at their centre.</p>" +
      "<p>Officials expect to give 400,000 doses before the end of December.</p>",
    publishInHours: 20,
  },
];
