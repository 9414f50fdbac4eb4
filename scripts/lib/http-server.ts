/**
 * Serves the Next.js app from a plain Node HTTP server so that every request gets
 * one structured log line (request id, user id, method, path, status, duration)
 * and the same request id reaches the app (proxy.ts, audit rows) and the client.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import next from "next";
import pino from "pino";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "../../lib/auth/client-address";
import { SESSION_COOKIE, SESSION_COOKIE_SECURE } from "../../lib/auth/session-policy";
import { createTokenCache } from "../../lib/auth/token-cache";

const SESSION_COOKIES = [SESSION_COOKIE_SECURE, SESSION_COOKIE];

function sessionCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name && SESSION_COOKIES.includes(name)) return value.join("=");
  }
  return undefined;
}

// Decrypting a session token costs about as much as serving a small request: the log
// line's user id comes through the app's token cache (lib/auth/token-cache.ts).
const decodeSessionToken = createTokenCache();

async function userIdOf(cookieHeader: string | undefined, secret: string | undefined): Promise<string | undefined> {
  const raw = sessionCookie(cookieHeader);
  if (!raw || !secret) return undefined;
  const token = await decodeSessionToken(raw, secret);
  return typeof token?.uid === "string" ? token.uid : undefined;
}

export async function serveNext(options: { dev: boolean; port: number; host: string }) {
  const logger = pino({ level: process.env.LOG_LEVEL ?? "info", base: { app: "sentra" } });
  const app = next({ dev: options.dev, dir: process.cwd(), hostname: options.host, port: options.port });
  const handle = app.getRequestHandler();
  // Invalid entries stop the server here rather than silently trusting nobody (or everybody).
  const trustedProxies = parseTrustedProxies(process.env.TRUST_PROXY);
  await app.prepare();

  const server = http.createServer((req, res) => {
    const requestId = randomUUID();
    req.headers["x-request-id"] = requestId;
    // The only client address the app believes (the sign-in throttle): whatever a client
    // sent under this name is replaced.
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
    const started = process.hrtime.bigint();
    const cookieHeader = req.headers.cookie;
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (req.url ?? "/").split("?")[0];
      const isAsset = path?.startsWith("/_next/");
      void userIdOf(cookieHeader, process.env.NEXTAUTH_SECRET).then((userId) => {
        // The query string is left out on purpose: it can carry search terms and names.
        logger[isAsset ? "debug" : res.statusCode >= 500 ? "error" : "info"](
          { requestId, userId, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
          "request",
        );
      });
    });
    handle(req, res).catch((err: unknown) => {
      logger.error({ requestId, err: err instanceof Error ? err.message : String(err) }, "unhandled request error");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  logger.info({ url: `http://${options.host === "0.0.0.0" ? "localhost" : options.host}:${options.port}` }, "Sentra is ready");
  return {
    close: async () => {
      await new Promise((r) => server.close(r));
      server.closeAllConnections();
      await app.close?.();
    },
  };
}
