import { BlockList, isIP } from "node:net";

/**
 * The client address the sign-in throttle counts against (issue #16 finding 2).
 * `X-Forwarded-For` is written by whoever sends the request, so it is believed only
 * when the TCP peer is a proxy the operator listed in `TRUST_PROXY`; then the client
 * is the right-most address in the header that is not itself a trusted proxy.
 * Otherwise the socket's own address is the client, whatever the headers say.
 *
 * scripts/lib/http-server.ts computes this for every request and passes it to the app
 * in CLIENT_ADDRESS_HEADER, replacing any value the client sent.
 */
export const CLIENT_ADDRESS_HEADER = "x-sentra-client-address";

export interface TrustedProxies {
  readonly list: BlockList;
  readonly size: number;
}

function normalise(address: string): string {
  const a = address.trim();
  // IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1]! : a;
}

/**
 * Parses TRUST_PROXY: a comma-separated list of addresses and CIDR ranges, e.g.
 * `127.0.0.1,10.0.0.0/8,::1`. Empty or unset: no proxy is trusted. Throws on a bad entry.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  let size = 0;
  for (const entry of (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, prefix, ...rest] = entry.split("/");
    const family = isIP(address ?? "");
    if (!address || !family || rest.length) throw new Error(`TRUST_PROXY: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) {
      list.addAddress(address, type);
    } else {
      const bits = Number(prefix);
      if (!/^\d{1,3}$/.test(prefix) || bits > (family === 6 ? 128 : 32)) throw new Error(`TRUST_PROXY: "${entry}" has a bad prefix length`);
      list.addSubnet(address, bits, type);
    }
    size++;
  }
  return { list, size };
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 6 ? "ipv6" : "ipv4");
}

export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  const peer = normalise(socketAddress ?? "");
  if (!peer) return "unknown";
  if (trusted.size === 0 || !isTrusted(peer, trusted) || forwardedFor === undefined) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",").map(normalise).filter(Boolean);
  // Walk from the nearest hop outwards: everything left of the first untrusted hop
  // was written by the client and proves nothing.
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) return peer; // a garbled header: fall back to the proxy itself
    if (!isTrusted(hop, trusted)) return hop;
  }
  return hops[0] ?? peer;
}
