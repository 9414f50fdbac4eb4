import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "@/lib/auth/client-address";

const none = parseTrustedProxies(undefined);
const proxy = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1");

describe("resolveClientAddress (issue #16 finding 2: the throttle trusted X-Forwarded-For)", () => {
  it("without a trusted proxy, keys on the socket whatever X-Forwarded-For says (rotating header)", () => {
    const keys = new Set(Array.from({ length: 50 }, (_, i) => resolveClientAddress("203.0.113.7", `198.51.100.${i}`, none)));
    expect([...keys]).toEqual(["203.0.113.7"]);
  });

  it("a client cannot pose as its victim to block the victim's address", () => {
    expect(resolveClientAddress("203.0.113.7", "192.0.2.55", none)).toBe("203.0.113.7");
    // Even behind the trusted proxy, a spoofed left-most entry is ignored: the proxy appends the real peer.
    expect(resolveClientAddress("10.0.0.2", "192.0.2.55, 203.0.113.7", proxy)).toBe("203.0.113.7");
  });

  it("a request from an untrusted peer is keyed on that peer even when the list is configured", () => {
    expect(resolveClientAddress("203.0.113.9", "10.0.0.5", proxy)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, takes the right-most untrusted hop", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.4", proxy)).toBe("198.51.100.4");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.4, 10.1.2.3", proxy)).toBe("198.51.100.4");
    expect(resolveClientAddress("::ffff:127.0.0.1", ["198.51.100.4", "10.1.2.3"], proxy)).toBe("198.51.100.4");
    expect(resolveClientAddress("::1", "2001:db8::1", proxy)).toBe("2001:db8::1");
  });

  it("falls back to the peer on a garbled header or no header", () => {
    expect(resolveClientAddress("127.0.0.1", "not-an-ip", proxy)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", undefined, proxy)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, "198.51.100.4", proxy)).toBe("unknown");
  });

  it("normalises IPv4-mapped IPv6 socket addresses", () => {
    expect(resolveClientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
  });
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and CIDR ranges, refuses anything else", () => {
    expect(parseTrustedProxies("").size).toBe(0);
    expect(parseTrustedProxies("10.0.0.0/8,::1").size).toBe(2);
    expect(() => parseTrustedProxies("loadbalancer")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("10.0.0.0/8/1")).toThrow(/TRUST_PROXY/);
  });
});
