import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second server from the same checkout (tests/drills/two-servers.drill.ts in dev mode) needs its own folder.
  distDir: process.env.SENTRA_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project with `tsc --noEmit` before the e2e build,
  // so scripts/e2e.ts skips the build's second, identical check.
  typescript: { ignoreBuildErrors: process.env.SENTRA_BUILD_SKIP_TYPECHECK === "1" },
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "rate-limiter-flexible"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for signed-in users lacking a role.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "12mb" },
    // Import files may be up to 20 MB (lib/imports); the proxy otherwise truncates bodies at 10 MB.
    proxyClientMaxBodySize: "21mb",
  },
  // Static files and anything the proxy does not see still get the basic headers.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

// withSerwist keeps esbuild (which builds the service worker, app/serwist/[path]/route.ts) out of the server bundle.
export default withSerwist(withNextIntl(nextConfig));
