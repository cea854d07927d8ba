/** Manual redirects: add and remove. */
import { addRedirectAction, removeRedirectAction } from "@/app/(newsroom)/admin/redirects/actions";
import { tables } from "@/db/client";
import { addRedirect } from "@/db/queries/site/redirects";
import { permissionTable } from "@/lib/permissions";
import { countRows, createStaff } from "@/test/database";
import { formData, probe } from "./probe";

export const probes = [
  probe({
    name: "add a manual redirect",
    allowedRoles: permissionTable["redirect.manage"],
    setup: async () => ({}),
    attempt: () =>
      addRedirectAction(formData({ locale: "es", fromSlug: "vieja-direccion", toArticleId: "", toPath: "/es/buscar" })),
    succeeded: async () => (await countRows(tables.redirects)) === 1,
  }),
  probe({
    name: "remove a manual redirect",
    allowedRoles: permissionTable["redirect.manage"],
    setup: async () => {
      const editor = await createStaff("editor");
      const added = await addRedirect(editor, {
        locale: "es",
        fromSlug: "otra-direccion",
        toArticleId: null,
        toPath: "/es",
        permanent: true,
      });
      return { id: added.id };
    },
    attempt: ({ id }) => removeRedirectAction(formData({ id })),
    succeeded: async () => (await countRows(tables.redirects)) === 0,
  }),
];
