import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { routeConsoleToLogger } from "./console-log";

const original = { ...console };
afterEach(() => Object.assign(console, original));

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  routeConsoleToLogger(pino({ level: "debug" }, stream));
  return lines;
}

describe("console output in the production server", () => {
  it("becomes one error line with the error's stack and cause, without the terminal's decoration", () => {
    const lines = capture();
    const cause = new Error("connection refused");
    console.error("\u001b[31m⨯\u001b[39m", new Error("could not load the article", { cause }));
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ level: 50, msg: "could not load the article" });
    const err = line?.err as { message: string; stack: string };
    // pino's error serializer folds the cause into the message and the stack.
    expect(err.message).toBe("could not load the article: connection refused");
    expect(err.stack).toContain("caused by: Error: connection refused");
  });

  it("keeps the level of warnings and plain lines", () => {
    const lines = capture();
    console.warn("⚠ a deprecated option");
    console.log("Ready in %d ms", 42);
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [40, "a deprecated option"],
      [30, "Ready in 42 ms"],
    ]);
  });
});
