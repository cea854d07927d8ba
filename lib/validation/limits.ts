/**
 * Form limits the browser needs too, kept apart from the zod schemas that enforce them: a client
 * component importing a schema module would ship zod, whose probe for `new Function` at schema
 * creation is reported as a violation of the newsroom's Content-Security-Policy.
 */
/** Search engines show about 60 and 160 characters; a little more is allowed, never required. */
export const seoTitleMaxLength = 120;
export const seoDescriptionMaxLength = 300;
export const passwordMinLength = 10;
