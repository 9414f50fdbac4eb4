import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";

/**
 * The app's own floor for the dashboard benchmark (tests/bench/dashboard.bench.ts): an
 * authenticated page with nothing but the app shell (session check, header,
 * navigation). It exists only when the server runs with SENTRA_BENCH_FLOOR=1 (the
 * benchmark's server); everywhere else it is "not found".
 */
export default async function FloorPage() {
  await requirePageUser("dashboard:read");
  if (process.env.SENTRA_BENCH_FLOOR !== "1") notFound();
  return <div data-bench-floor="" />;
}
