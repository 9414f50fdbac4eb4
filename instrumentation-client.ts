import { config } from "zod/v4/core";

// Runs in the browser before the app's code (Next's client instrumentation file). zod 4
// probes whether it may compile parsers with `new Function`, once per object schema as it
// is built; under Sentra's Content-Security-Policy (no 'unsafe-eval', lib/http/csp.ts) the
// probe is refused, which the browser reports as a CSP violation on every page with a
// form. Sentra's schemas are small: parse them without compiling, and the probe never runs.
config({ jitless: true });
