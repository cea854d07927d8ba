/** The media library: upload and replace (the upload route), edit details, delete, the image picker. */
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { POST as uploadRoute } from "@/app/(newsroom)/admin/media/upload/route";
import { deleteImageAction, saveImageDetailsAction } from "@/app/(newsroom)/admin/media/actions";
import { searchMediaPickerAction } from "@/app/(newsroom)/admin/media/picker-actions";
import { db, tables } from "@/db/client";
import type { StaffUser } from "@/db/queries/types";
import { permissionTable } from "@/lib/permissions";
import { countRows, createMedia, createStaff } from "@/test/database";
import { formData, probe } from "./probe";

const jpeg = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: "#48a" } })
    .jpeg()
    .toBuffer();

async function uploadRequest(query = ""): Promise<Request> {
  return new Request(`http://localhost/admin/media/upload${query}`, {
    method: "POST",
    headers: { "X-Requested-With": "heraldo-media", "X-File-Name": "probe.jpg", "Content-Type": "image/jpeg" },
    body: new Uint8Array(await jpeg()),
  });
}

/** An image uploaded by `owner` (someone else when null). */
async function imageOf(owner: StaffUser | null): Promise<number> {
  const uploader = owner ?? (await createStaff("writer"));
  const id = await createMedia({});
  await db.update(tables.media).set({ uploadedById: uploader.id }).where(eq(tables.media.id, id));
  return id;
}

async function readImage(id: number) {
  const [row] = await db.select().from(tables.media).where(eq(tables.media.id, id));
  return row;
}

const idleDetails = {
  status: "idle",
  values: { altEs: "", altEn: "", caption: "", credit: "" },
  errors: {},
  message: null,
} as const;

const editDetails = (id: number) =>
  saveImageDetailsAction(
    { ...idleDetails, values: { ...idleDetails.values }, errors: {} },
    formData({ id, altEs: "Texto nuevo", altEn: "New text", caption: "", credit: "" }),
  );

export const probes = [
  probe({
    name: "upload an image",
    allowedRoles: permissionTable["media.upload"],
    setup: async () => ({}),
    attempt: async () => uploadRoute(await uploadRequest()),
    succeeded: async () => (await countRows(tables.media)) === 1,
  }),
  probe({
    name: "replace the file of someone else's image",
    allowedRoles: permissionTable["media.manage"],
    setup: async () => {
      const id = await imageOf(null);
      return { id, key: (await readImage(id))?.storageKey };
    },
    attempt: async ({ id }) => uploadRoute(await uploadRequest(`?replace=${id}`)),
    succeeded: async ({ id, key }) => (await readImage(id))?.storageKey !== key,
  }),
  probe({
    name: "edit the alt text of one's own upload",
    allowedRoles: permissionTable["media.upload"],
    setup: async (caller) => ({ id: await imageOf(caller) }),
    attempt: ({ id }) => editDetails(id),
    succeeded: async ({ id }) => (await readImage(id))?.alt.es === "Texto nuevo",
  }),
  probe({
    name: "edit the alt text of someone else's image",
    allowedRoles: permissionTable["media.manage"],
    setup: async () => ({ id: await imageOf(null) }),
    attempt: ({ id }) => editDetails(id),
    succeeded: async ({ id }) => (await readImage(id))?.alt.es === "Texto nuevo",
  }),
  probe({
    name: "delete one's own unused upload",
    allowedRoles: permissionTable["media.upload"],
    setup: async (caller) => ({ id: await imageOf(caller) }),
    attempt: ({ id }) => deleteImageAction(formData({ id })),
    succeeded: async ({ id }) => (await readImage(id)) === undefined,
  }),
  probe({
    name: "delete someone else's unused image",
    allowedRoles: permissionTable["media.manage"],
    setup: async () => ({ id: await imageOf(null) }),
    attempt: ({ id }) => deleteImageAction(formData({ id })),
    succeeded: async ({ id }) => (await readImage(id)) === undefined,
  }),
  probe({
    // A read: "succeeded" means the library's images came back.
    name: "search library images in the image picker",
    allowedRoles: permissionTable["media.upload"],
    setup: async () => ({ mediaId: await createMedia({ es: "Puerto", en: "Harbour" }), found: [] as number[] }),
    attempt: async (context) => {
      const result = await searchMediaPickerAction({ query: "harb", page: 1, locale: "en" });
      if (result.status === "ok") context.found.push(...result.images.items.map((image) => image.id));
      return result;
    },
    succeeded: async ({ mediaId, found }) => found.includes(mediaId),
  }),
];
