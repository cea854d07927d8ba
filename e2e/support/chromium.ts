/**
 * Debian's Chromium as the tests and the Lighthouse script start it. Without the background
 * networking flags it keeps trying hosts this closed network refuses; as root it needs
 * --no-sandbox.
 */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
