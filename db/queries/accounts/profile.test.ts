import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { hashPassword } from "@/lib/password";
import { createMedia, createStaff, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import { getAuthorBySlug } from "../reader/authors";
import {
  changeOwnPassword,
  getOwnNewsroomLocale,
  getOwnProfile,
  setOwnNewsroomLocale,
  updateOwnProfile,
  verifyOwnPassword,
} from "./profile";
import { liveSession, startStaffSession } from "./sessions";

beforeEach(resetTestDatabase);

const texts = { jobTitle: { es: "Jefa de prensa", en: "Head of press" }, bio: { es: "Bio es", en: "Bio en" } };

describe("own profile", () => {
  it("saves name, job title, biography and photo, shown on the public author page", async () => {
    const writer = await createStaff("writer");
    const photo = await createMedia();
    await updateOwnProfile(writer, { name: "Ana Nueva", ...texts, photoMediaId: photo });

    const profile = await getOwnProfile(writer);
    const author = await getAuthorBySlug(profile?.slug ?? "");
    expect(author).toMatchObject({ name: "Ana Nueva", ...texts, photo: { id: photo } });
  });

  it("refuses a photo that is not in the library and keeps the old profile", async () => {
    const writer = await createStaff("writer", { name: "Ana" });
    expect(await thrownBy(() => updateOwnProfile(writer, { name: "Changed", ...texts, photoMediaId: 999 }))).toEqual(
      refusal("unknownPhoto"),
    );
    expect((await getOwnProfile(writer))?.name).toBe("Ana");
  });

  it("changes the password only after checking the current one, and ends the account's other sessions", async () => {
    const writer = await createStaff("writer");
    await db
      .update(tables.users)
      .set({ passwordHash: await hashPassword("old password 1") })
      .where(eq(tables.users.id, writer.id));
    expect(await verifyOwnPassword(writer, "wrong")).toBe(false);
    expect(await verifyOwnPassword(writer, "old password 1")).toBe(true);

    const otherSession = await db.transaction((tx) => startStaffSession(tx, writer.id));
    const thisSession = await db.transaction((tx) => startStaffSession(tx, writer.id));
    await changeOwnPassword(writer, await hashPassword("new password 1"), thisSession);

    expect(await verifyOwnPassword(writer, "new password 1")).toBe(true);
    expect(await liveSession(otherSession, writer.id)).toBe(false);
    expect(await liveSession(thisSession, writer.id)).toBe(true);
    const actions = (await db.select().from(tables.auditLog)).map((e) => e.action);
    expect(actions).toEqual(["auth.passwordChange"]);
  });
});

describe("newsroom language", () => {
  it("follows the browser until the person chooses, is stored per person, and can go back to the browser", async () => {
    const writer = await createStaff("writer");
    const editor = await createStaff("editor");
    expect(await getOwnNewsroomLocale(writer)).toBeNull();

    await setOwnNewsroomLocale(writer, "en");
    expect(await getOwnNewsroomLocale(writer)).toBe("en");
    expect(await getOwnNewsroomLocale(editor)).toBeNull();

    await setOwnNewsroomLocale(writer, "es");
    expect(await getOwnNewsroomLocale(writer)).toBe("es");
    await setOwnNewsroomLocale(writer, null);
    expect(await getOwnNewsroomLocale(writer)).toBeNull();
  });

  it("refuses a deactivated account", async () => {
    const writer = await createStaff("writer");
    await db.update(tables.users).set({ active: false }).where(eq(tables.users.id, writer.id));
    expect(await thrownBy(() => setOwnNewsroomLocale(writer, "en"))).toEqual(refusal("notFound"));
    expect(await getOwnNewsroomLocale(writer)).toBeNull();
  });
});
