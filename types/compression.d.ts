// The compression middleware works on plain Node requests and responses; its published types
// assume Express, which this project does not use.
declare module "compression" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;
  export default function compression(options?: { threshold?: number; level?: number }): Middleware;
}
