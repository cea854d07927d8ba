/** Topics: create, rename, merge, delete. */
import { deleteTopicAction, mergeTopicAction, saveTopicAction } from "@/app/(newsroom)/admin/topics/actions";
import { tables } from "@/db/client";
import { getTopicBySlug } from "@/db/queries/topics/reads";
import { emptyTopicForm } from "@/lib/validation/topic-form";
import { permissionTable } from "@/lib/permissions";
import { countRows, createTopic } from "@/test/database";
import { formData, probe } from "./probe";

function topicFields(es: [string, string], en: [string, string], id?: number) {
  return {
    ...emptyTopicForm(),
    ...(id === undefined ? {} : { id }),
    "name.es": es[0],
    "slug.es": es[1],
    "name.en": en[0],
    "slug.en": en[1],
  };
}

const idle = { status: "idle" as const, values: emptyTopicForm(), errors: {} };

export const probes = [
  probe({
    name: "create a topic",
    allowedRoles: permissionTable["topic.manage"],
    setup: async () => ({}),
    attempt: () => saveTopicAction(idle, formData(topicFields(["Cultura", "cultura"], ["Culture", "culture"]))),
    succeeded: async () => (await countRows(tables.topics)) === 1,
  }),
  probe({
    name: "rename a topic",
    allowedRoles: permissionTable["topic.manage"],
    setup: async () => ({ id: await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] }) }),
    attempt: ({ id }) => saveTopicAction(idle, formData(topicFields(["Sanidad", "sanidad"], ["Health", "health"], id))),
    succeeded: async () => (await getTopicBySlug("es", "sanidad")) !== null,
  }),
  probe({
    name: "merge a topic into another",
    allowedRoles: permissionTable["topic.manage"],
    setup: async () => ({
      from: await createTopic({ es: ["Sanidad", "sanidad"], en: ["Healthcare", "healthcare"] }),
      into: await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] }),
    }),
    attempt: ({ from, into }) => mergeTopicAction(formData({ id: from, into })),
    succeeded: async () => (await countRows(tables.topics)) === 1,
  }),
  probe({
    name: "delete an unused topic",
    allowedRoles: permissionTable["topic.manage"],
    setup: async () => ({ id: await createTopic({ es: ["Salud", "salud"], en: ["Health", "health"] }) }),
    attempt: ({ id }) => deleteTopicAction(formData({ id })),
    succeeded: async () => (await countRows(tables.topics)) === 0,
  }),
];
