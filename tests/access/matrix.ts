/**
 * THE access matrix (issue #16): every page, route handler and server action, with
 * the answer each role must get. Columns, in this order:
 *
 *     anonymous  admin  staff  consultant  consultant2  manager
 *
 * `consultant` is assigned to Sentra Batik Laweyan (and four more), `consultant2` to
 * Trusmi, Cibaduyut and Tasikmalaya (prisma/seed.ts), so a row on a Laweyan record
 * shows row-level access as well as roles.
 *
 * Answers: a status (200, 401, 403, 404, 422), `login` (a redirect to the sign-in
 * page), `home` (a redirect elsewhere: the role's home, or an approved diagnosis to its report). Server actions answer 200 in
 * Next.js either way, so their answers say what the action did: `run` (the action
 * ran: a validation message, since the matrix sends empty fields), `deny` (refused:
 * "you are not allowed"), `login` (no session: the sign-in page).
 *
 * tests/unit/access-matrix.test.ts fails when a page.tsx, route.ts (or one of its
 * methods) or an export of lib/<domain>/actions.ts has no row here;
 * tests/e2e/access-matrix.spec.ts runs every row against the production build.
 */
export const MATRIX_COLUMNS = ["anonymous", "admin", "staff", "consultant", "consultant2", "manager"] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];
export type Answer = 200 | 401 | 403 | 404 | 422 | "login" | "home" | "run" | "deny";

export interface PageRow {
  /** The URL requested; `{institution}` is replaced by a demo institution's id. */
  url: string;
  expect: string;
}

const LAWEYAN = "demo-batik-laweyan";
const LAWEYAN_SME = "demo-batik-laweyan-sme-1";
const APPROVED = "demo-diag-batik-laweyan-2025";
const DRAFT_TASIK = "demo-diag-bordir-tasik-draft";
const PROVIDER = "demo-mitra-usaha";
const PROGRAMME = "demo-map-2001";
const NO_SUCH = "tidak-ada-0000";

/** Pages, by their file under app/. */
export const PAGES: Record<string, PageRow> = {
  "app/page.tsx": { url: "/", expect: "login home home home home home" },
  "app/(auth)/login/page.tsx": { url: "/login", expect: "200 home home home home home" },
  "app/offline/page.tsx": { url: "/offline", expect: "200 200 200 200 200 200" },
  "app/(app)/account/security/page.tsx": { url: "/account/security", expect: "login 200 200 200 200 200" },
  "app/(app)/account/tokens/page.tsx": { url: "/account/tokens", expect: "login 200 200 200 200 200" },
  "app/(app)/account/api/page.tsx": { url: "/account/api", expect: "login 200 200 200 200 200" },
  "app/(app)/admin/tokens/page.tsx": { url: "/admin/tokens", expect: "login 200 403 403 403 403" },
  "app/(app)/admin/users/page.tsx": { url: "/admin/users", expect: "login 200 403 403 403 403" },
  "app/(app)/admin/assignments/page.tsx": { url: "/admin/assignments", expect: "login 200 403 403 403 403" },
  "app/(app)/clusters/page.tsx": { url: "/clusters", expect: "login 200 200 200 200 200" },
  "app/(app)/clusters/new/page.tsx": { url: "/clusters/new", expect: "login 200 200 403 403 403" },
  "app/(app)/clusters/[clusterId]/page.tsx": { url: `/clusters/${LAWEYAN}`, expect: "login 200 200 200 404 200" },
  "app/(app)/clusters/[clusterId]/edit/page.tsx": { url: `/clusters/${LAWEYAN}/edit`, expect: "login 200 200 403 403 403" },
  "app/(app)/clusters/[clusterId]/smes/new/page.tsx": { url: `/clusters/${LAWEYAN}/smes/new`, expect: "login 200 200 403 403 403" },
  "app/(app)/agenda/page.tsx": { url: "/agenda", expect: "login 200 200 200 200 200" },
  "app/(app)/dashboard/page.tsx": { url: "/dashboard", expect: "login 200 200 200 200 200" },
  "app/(app)/dashboard/[section]/page.tsx": { url: "/dashboard/support", expect: "login 200 200 200 200 200" },
  "app/(app)/diagnoses/notifications/page.tsx": { url: "/diagnoses/notifications", expect: "login 200 200 200 200 200" },
  "app/(app)/diagnoses/[diagnosisId]/page.tsx": { url: `/diagnoses/${APPROVED}`, expect: "login home home home 404 home" },
  "app/(app)/diagnoses/[diagnosisId]/edit/page.tsx": { url: `/diagnoses/${DRAFT_TASIK}/edit`, expect: "login 200 200 403 403 403" },
  "app/(app)/diagnoses/[diagnosisId]/report/page.tsx": { url: `/diagnoses/${APPROVED}/report`, expect: "login 200 200 200 404 200" },
  "app/(app)/diagnoses/[diagnosisId]/review/page.tsx": { url: `/diagnoses/${APPROVED}/review`, expect: "login home home home 404 home" },
  "app/(app)/financing/page.tsx": { url: "/financing", expect: "login 200 200 403 403 200" },
  "app/(app)/financing/institutions/page.tsx": { url: "/financing/institutions", expect: "login 200 200 403 403 200" },
  "app/(app)/financing/institutions/[institutionId]/page.tsx": {
    url: "/financing/institutions/{institution}",
    expect: "login 200 200 403 403 200",
  },
  "app/(app)/financing/programmes/[programmeId]/page.tsx": {
    url: `/financing/programmes/${PROGRAMME}`,
    expect: "login 200 200 403 403 200",
  },
  "app/(app)/financing/programmes/[programmeId]/channels/[channel]/page.tsx": {
    url: `/financing/programmes/${PROGRAMME}/channels/LKM`,
    expect: "login 200 200 403 403 200",
  },
  "app/(app)/imports/page.tsx": { url: "/imports", expect: "login 200 200 403 403 403" },
  "app/(app)/imports/[batchId]/page.tsx": { url: `/imports/${NO_SUCH}`, expect: "login 404 404 403 403 403" },
  "app/(app)/my-centres/page.tsx": { url: "/my-centres", expect: "login 200 403 200 200 403" },
  "app/(app)/providers/page.tsx": { url: "/providers", expect: "login 200 200 200 200 200" },
  "app/(app)/providers/[providerId]/page.tsx": { url: `/providers/${PROVIDER}`, expect: "login 200 200 200 404 200" },
  "app/(app)/providers/[providerId]/edit/page.tsx": { url: `/providers/${PROVIDER}/edit`, expect: "login 200 200 403 403 403" },
  "app/(app)/reviews/page.tsx": { url: "/reviews", expect: "login 200 403 200 200 403" },
  "app/(app)/selection/page.tsx": { url: "/selection", expect: "login 200 200 403 403 200" },
  "app/(app)/selection/[clusterId]/page.tsx": { url: `/selection/${LAWEYAN}`, expect: "login 200 200 403 403 200" },
  "app/(app)/smes/page.tsx": { url: "/smes", expect: "login 200 200 200 200 200" },
  "app/(app)/smes/[smeId]/page.tsx": { url: `/smes/${LAWEYAN_SME}`, expect: "login 200 200 200 404 200" },
  "app/(app)/smes/[smeId]/edit/page.tsx": { url: `/smes/${LAWEYAN_SME}/edit`, expect: "login 200 200 403 403 403" },
};

export interface RouteRow {
  method: "GET" | "POST";
  url: string;
  expect: string;
}

/** Route handlers, by `<file under app/>#<method>`. */
export const ROUTES: Record<string, RouteRow> = {
  "app/api/health/route.ts#GET": { method: "GET", url: "/api/health", expect: "200 200 200 200 200 200" },
  "app/api/auth/[...nextauth]/route.ts#GET": { method: "GET", url: "/api/auth/csrf", expect: "200 200 200 200 200 200" },
  "app/api/auth/[...nextauth]/route.ts#POST": { method: "POST", url: "/api/auth/_log", expect: "200 200 200 200 200 200" },
  // /api/v1 takes a bearer token only: a session cookie is no credential there.
  "app/api/v1/clusters/route.ts#GET": { method: "GET", url: "/api/v1/clusters", expect: "401 401 401 401 401 401" },
  "app/api/v1/clusters/[clusterId]/route.ts#GET": { method: "GET", url: `/api/v1/clusters/${LAWEYAN}`, expect: "401 401 401 401 401 401" },
  "app/api/v1/smes/route.ts#GET": { method: "GET", url: "/api/v1/smes", expect: "401 401 401 401 401 401" },
  "app/api/v1/diagnoses/route.ts#GET": { method: "GET", url: "/api/v1/diagnoses", expect: "401 401 401 401 401 401" },
  "app/api/v1/clusters/[clusterId]/diagnoses/route.ts#GET": {
    method: "GET",
    url: `/api/v1/clusters/${LAWEYAN}/diagnoses`,
    expect: "401 401 401 401 401 401",
  },
  "app/api/v1/outcomes/route.ts#GET": { method: "GET", url: "/api/v1/outcomes", expect: "401 401 401 401 401 401" },
  "app/api/v1/outcomes/route.ts#POST": { method: "POST", url: "/api/v1/outcomes", expect: "401 401 401 401 401 401" },
  "app/api/v1/providers/route.ts#GET": { method: "GET", url: "/api/v1/providers", expect: "401 401 401 401 401 401" },
  "app/api/v1/deliveries/route.ts#GET": { method: "GET", url: "/api/v1/deliveries", expect: "401 401 401 401 401 401" },
  "app/api/v1/map/programmes/route.ts#GET": { method: "GET", url: "/api/v1/map/programmes", expect: "401 401 401 401 401 401" },
  "app/api/v1/map/allocations/route.ts#GET": { method: "GET", url: "/api/v1/map/allocations", expect: "401 401 401 401 401 401" },
  "app/api/v1/map/disbursements/route.ts#GET": { method: "GET", url: "/api/v1/map/disbursements", expect: "401 401 401 401 401 401" },
  "app/api/v1/dashboard/stages/route.ts#GET": { method: "GET", url: "/api/v1/dashboard/stages", expect: "401 401 401 401 401 401" },
  "app/api/v1/smes/route.ts#POST": { method: "POST", url: "/api/v1/smes", expect: "401 401 401 401 401 401" },
  "app/api/v1/openapi.json/route.ts#GET": { method: "GET", url: "/api/v1/openapi.json", expect: "200 200 200 200 200 200" },
  "app/api/areas/route.ts#GET": { method: "GET", url: "/api/areas?level=regency&parent=33", expect: "401 200 200 200 200 200" },
  "app/api/dashboard/[chart]/route.ts#GET": { method: "GET", url: "/api/dashboard/stages", expect: "401 200 200 200 200 200" },
  "app/api/diagnoses/[diagnosisId]/pdf/route.ts#GET": {
    method: "GET",
    url: `/api/diagnoses/${APPROVED}/pdf`,
    expect: "401 200 200 200 404 200",
  },
  "app/api/evidence/route.ts#POST": { method: "POST", url: "/api/evidence", expect: "401 400 400 403 403 403" },
  "app/api/evidence/[fileId]/route.ts#GET": { method: "GET", url: `/api/evidence/${NO_SUCH}`, expect: "401 404 404 404 404 404" },
  // The demo data has no agenda evidence file: every signed-in role gets 404 (roles and row-level access: tests/integration/agenda-evidence.test.ts).
  "app/api/agenda-evidence/[clusterId]/[line]/route.ts#GET": {
    method: "GET",
    url: `/api/agenda-evidence/${LAWEYAN}/savings`,
    expect: "401 404 404 404 404 404",
  },
  // Nor a provider's strengthening file (tests/integration/bds-strengthening.test.ts has the roles and the provider rule).
  "app/api/bds-strengthening-evidence/[providerId]/route.ts#GET": {
    method: "GET",
    url: `/api/bds-strengthening-evidence/${PROVIDER}`,
    expect: "401 404 404 404 404 404",
  },
  "app/api/export/clusters/route.ts#GET": { method: "GET", url: "/api/export/clusters", expect: "401 200 200 200 200 200" },
  "app/api/export/institutions/[institutionId]/ledger/route.ts#GET": {
    method: "GET",
    url: "/api/export/institutions/{institution}/ledger",
    expect: "401 200 200 403 403 200",
  },
  "app/api/export/agenda/route.ts#GET": { method: "GET", url: "/api/export/agenda", expect: "401 200 200 200 200 200" },
  // Yearly outcomes: one sentra's series (consultant2 is not assigned to Laweyan), and the national file of the agenda list.
  "app/api/export/clusters/[clusterId]/outcomes/route.ts#GET": {
    method: "GET",
    url: `/api/export/clusters/${LAWEYAN}/outcomes`,
    expect: "401 200 200 200 404 200",
  },
  "app/api/export/outcomes/route.ts#GET": { method: "GET", url: "/api/export/outcomes", expect: "401 200 200 200 200 200" },
  "app/api/export/providers/[providerId]/deliveries/route.ts#GET": {
    method: "GET",
    url: `/api/export/providers/${PROVIDER}/deliveries`,
    expect: "401 200 200 200 404 200",
  },
  "app/api/export/smes/route.ts#GET": { method: "GET", url: "/api/export/smes", expect: "401 200 200 200 200 200" },
  "app/api/imports/route.ts#POST": { method: "POST", url: "/api/imports", expect: "401 422 422 403 403 403" },
  "app/api/imports/[id]/route.ts#GET": { method: "GET", url: `/api/imports/${NO_SUCH}`, expect: "401 404 404 403 403 403" },
  "app/api/imports/[id]/corrections/route.ts#GET": {
    method: "GET",
    url: `/api/imports/${NO_SUCH}/corrections`,
    expect: "401 404 404 403 403 403",
  },
  "app/api/imports/template/route.ts#GET": { method: "GET", url: "/api/imports/template?kind=smes", expect: "401 200 200 403 403 403" },
  "app/api/smes/move-targets/route.ts#GET": { method: "GET", url: "/api/smes/move-targets?q=batik", expect: "401 200 200 403 403 403" },
};

/** Server actions, by `<file>#<export>`. */
export const ACTIONS: Record<string, string> = {
  "lib/assignments/actions.ts#assignConsultantAction": "login run deny deny deny deny",
  "lib/assignments/actions.ts#unassignConsultantAction": "login run deny deny deny deny",
  "lib/clusters/actions.ts#createClusterAction": "login run run deny deny deny",
  "lib/clusters/actions.ts#updateClusterAction": "login run run deny deny deny",
  "lib/clusters/actions.ts#archiveClusterAction": "login run run deny deny deny",
  // The sign-in page's enrolment step checks the password itself. The matrix posts every
  // action to an app page, where the proxy sends a visitor without a session to sign in;
  // on /login it runs for anyone (tests/e2e/mfa.spec.ts enrols there).
  "lib/tokens/actions.ts#createTokenAction": "login run run run run run",
  "lib/tokens/actions.ts#revokeTokenAction": "login run run run run run",
  "lib/auth/actions.ts#beginEnrolmentAction": "login run run run run run",
  "lib/auth/actions.ts#beginOwnEnrolmentAction": "login run run run run run",
  "lib/auth/actions.ts#confirmOwnEnrolmentAction": "login run run run run run",
  "lib/financing/actions.ts#reverseEntryAction": "login run run deny deny deny",
  "lib/diagnosis/actions.ts#startDiagnosisAction": "login run run deny deny deny",
  "lib/diagnosis/actions.ts#saveDraftAction": "login run run deny deny deny",
  "lib/diagnosis/actions.ts#submitDiagnosisAction": "login run run deny deny deny",
  "lib/diagnosis/actions.ts#discardDiagnosisAction": "login run run deny deny deny",
  "lib/diagnosis/actions.ts#returnDiagnosisAction": "login run deny run run deny",
  "lib/diagnosis/actions.ts#approveDiagnosisAction": "login run deny run run deny",
  "lib/diagnosis/actions.ts#markNotificationsReadAction": "login run run run run run",
  "lib/financing/actions.ts#createProgrammeAction": "login run run deny deny deny",
  "lib/financing/actions.ts#saveChannelAction": "login run run deny deny deny",
  "lib/financing/actions.ts#createInstitutionAction": "login run run deny deny deny",
  "lib/financing/actions.ts#updateInstitutionAction": "login run run deny deny deny",
  "lib/financing/actions.ts#createAllocationAction": "login run run deny deny deny",
  "lib/financing/actions.ts#createDisbursementAction": "login run run deny deny deny",
  "lib/financing/actions.ts#createRepaymentAction": "login run run deny deny deny",
  // Anonymous: the matrix posts actions to "/", which sends a visitor without a session to sign in; from /login it runs.
  "lib/i18n/actions.ts#setLocaleAction": "login run run run run run",
  // Consultants may save; a consultant's unassigned sentra is "not found" (the matrix sends empty fields: a validation message).
  "lib/monitoring/actions.ts#saveOutcomeAction": "login run run run run deny",
  "lib/monitoring/actions.ts#saveSavingsServiceAction": "login run run run run deny",
  "lib/monitoring/actions.ts#saveSmeOrganisationAction": "login run run run run deny",
  "lib/monitoring/actions.ts#saveBdsStrengtheningAction": "login run run deny deny deny",
  "lib/providers/actions.ts#createProviderAction": "login run run deny deny deny",
  "lib/providers/actions.ts#updateProviderAction": "login run run deny deny deny",
  "lib/providers/actions.ts#createAgreementAction": "login run run deny deny deny",
  "lib/providers/actions.ts#updateAgreementAction": "login run run deny deny deny",
  "lib/providers/actions.ts#recordDeliveryAction": "login run run run run deny",
  "lib/providers/actions.ts#reverseDeliveryAction": "login run run run run deny",
  "lib/providers/actions.ts#saveJointProgrammeAction": "login run run deny deny deny",
  "lib/selection/actions.ts#setJudgementAction": "login run run deny deny deny",
  "lib/selection/actions.ts#decideDesignationAction": "login run run deny deny deny",
  "lib/selection/actions.ts#updateSettingsAction": "login run deny deny deny deny",
  "lib/smes/actions.ts#createSmeAction": "login run run deny deny deny",
  "lib/smes/actions.ts#updateSmeAction": "login run run deny deny deny",
  "lib/smes/actions.ts#archiveSmeAction": "login run run deny deny deny",
  "lib/smes/actions.ts#moveSmeAction": "login run run deny deny deny",
  "lib/support/actions.ts#planSupportFormAction": "login run run run run deny",
  "lib/support/actions.ts#cancelPlanFormAction": "login run run run run deny",
  "lib/users/actions.ts#resetSecondFactorAction": "login run deny deny deny deny",
  "lib/users/actions.ts#createUserAction": "login run deny deny deny deny",
  "lib/users/actions.ts#updateUserAction": "login run deny deny deny deny",
  "lib/users/actions.ts#resetPasswordAction": "login run deny deny deny deny",
};

/** One row's answers by column. */
export function answers(expect: string): Record<MatrixColumn, Answer> {
  const cells = expect.trim().split(/\s+/);
  if (cells.length !== MATRIX_COLUMNS.length) throw new Error(`A matrix row needs ${MATRIX_COLUMNS.length} answers: "${expect}"`);
  return Object.fromEntries(MATRIX_COLUMNS.map((c, i) => [c, /^\d+$/.test(cells[i]!) ? Number(cells[i]) : cells[i]])) as Record<
    MatrixColumn,
    Answer
  >;
}
