/**
 * Runs in every integration worker before its test files are imported: points
 * DATABASE_URL at this worker's own copy of the migrated template database.
 */
import pg from "pg";
import { afterAll, beforeEach } from "vitest";

const adminUrl = process.env.SENTRA_TEST_ADMIN_URL;
const template = process.env.SENTRA_TEST_TEMPLATE;
if (!adminUrl || !template) {
  throw new Error("Integration tests need a database: run them with `npm run test:integration`.");
}

const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0";
const database = `${template}_w${worker}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
if (!rowCount) await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-integration-tests";

// Root tables; the reference areas stay (they come from the template).
const TABLES = [
  "audit_log",
  "notification",
  "stage_history",
  "diagnosis_score",
  "evidence_file",
  "diagnosis_comment",
  "diagnosis",
  "designation_decision",
  "sme_cluster_move",
  "import_batch",
  "selection_settings",
  "consultant_assignment",
  "sme",
  "cluster",
  '"user"',
  "bds_provider",
  "login_throttle",
  "planned_action",
  "repayment",
  "disbursement",
  "map_allocation",
  "financial_institution",
  "map_channel",
  "map_programme",
  "service_delivery_sme",
  "service_delivery",
  "bds_agreement_cluster",
  "bds_agreement",
  "cluster_outcome",
  "cluster_savings_service",
  "sme_organisation",
  "bds_joint_programme",
];

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
pool.on("error", () => {});

beforeEach(async () => {
  await pool.query(`TRUNCATE ${TABLES.join(", ")} CASCADE`);
});

afterAll(async () => {
  await pool.end();
});
