import { describe, expect, it } from "vitest";
import { isLocalAddress } from "./local-address";

describe("isLocalAddress", () => {
  it("recognises addresses that only reach this machine", () => {
    for (const url of [
      "http://localhost:3000",
      "http://LOCALHOST",
      "https://news.localhost",
      "http://127.0.0.1:8080/",
      "http://127.1.2.3",
      "http://[::1]:3000",
      "http://0.0.0.0:3000",
    ])
      expect(isLocalAddress(url), url).toBe(true);
  });

  it("accepts public addresses and is not fooled by look-alikes", () => {
    for (const url of [
      "https://news.example.org",
      "https://localhost.example.org",
      "http://127.0.0.1.example.org",
      "http://10.0.0.5",
      "not a url",
    ])
      expect(isLocalAddress(url), url).toBe(false);
  });
});
