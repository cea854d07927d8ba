/**
 * The lead image of a feed item or entry, wherever the feed puts it: an RSS `<enclosure>` or an
 * Atom `<link rel="enclosure">` of an image type, Media RSS `<media:content>` (an image by its
 * `medium` or `type`), then `<media:thumbnail>`, looking inside `<media:group>` too. Only what
 * says it is an image counts: an audio enclosure is not a lead image.
 */
import { attribute, childText, childrenNamed, ns, type XmlElement } from "./xml-tree";

export type FeedImage = { url: string; alt?: string };

export function feedImage(element: XmlElement): FeedImage | undefined {
  const enclosure = [...childrenNamed(element, ns.none, "enclosure"), ...atomEnclosures(element)].find((item) =>
    isImageType(attribute(item, "type")),
  );
  const enclosureUrl = enclosure && (attribute(enclosure, "url") ?? attribute(enclosure, "href"));
  if (enclosureUrl) return { url: enclosureUrl };
  return mediaImage(element) ?? firstInGroups(element);
}

function atomEnclosures(element: XmlElement): XmlElement[] {
  return childrenNamed(element, ns.atom, "link").filter((link) => attribute(link, "rel") === "enclosure");
}

function mediaImage(element: XmlElement): FeedImage | undefined {
  const content = childrenNamed(element, ns.media, "content").find(
    (item) => attribute(item, "medium") === "image" || isImageType(attribute(item, "type")),
  );
  const thumbnail = childrenNamed(element, ns.media, "thumbnail")[0];
  const chosen = content ?? thumbnail;
  const url = chosen && attribute(chosen, "url");
  if (!chosen || !url) return undefined;
  // Media RSS puts a description either on the media element or beside it.
  const alt = childText(chosen, ns.media, "description") ?? childText(element, ns.media, "description");
  return alt ? { url, alt } : { url };
}

function firstInGroups(element: XmlElement): FeedImage | undefined {
  for (const group of childrenNamed(element, ns.media, "group")) {
    const image = mediaImage(group);
    if (image) return image;
  }
  return undefined;
}

function isImageType(type: string | undefined): boolean {
  return type?.trim().toLowerCase().startsWith("image/") ?? false;
}
