// One JSON file per namespace and language, so that features own their messages. Keep the
// lists sorted; tests/unit/i18n.test.ts checks that both languages have the same keys.
import enAdmin from "./en/admin.json";
import enApi from "./en/api.json";
import enApp from "./en/app.json";
import enAuth from "./en/auth.json";
import enBoundary from "./en/boundary.json";
import enClusters from "./en/clusters.json";
import enCommon from "./en/common.json";
import enDashboard from "./en/dashboard.json";
import enDiagnosis from "./en/diagnosis.json";
import enErrors from "./en/errors.json";
import enForms from "./en/forms.json";
import enHome from "./en/home.json";
import enImports from "./en/imports.json";
import enLedger from "./en/ledger.json";
import enLocale from "./en/locale.json";
import enMethod from "./en/method.json";
import enMfa from "./en/mfa.json";
import enMonitoring from "./en/monitoring.json";
import enNav from "./en/nav.json";
import enOffline from "./en/offline.json";
import enRegistry from "./en/registry.json";
import enRoles from "./en/roles.json";
import enSelection from "./en/selection.json";
import enSmes from "./en/smes.json";
import enStages from "./en/stages.json";
import enSupport from "./en/support.json";
import enUnavailable from "./en/unavailable.json";
import idAdmin from "./id/admin.json";
import idApi from "./id/api.json";
import idApp from "./id/app.json";
import idAuth from "./id/auth.json";
import idBoundary from "./id/boundary.json";
import idClusters from "./id/clusters.json";
import idCommon from "./id/common.json";
import idDashboard from "./id/dashboard.json";
import idDiagnosis from "./id/diagnosis.json";
import idErrors from "./id/errors.json";
import idForms from "./id/forms.json";
import idHome from "./id/home.json";
import idImports from "./id/imports.json";
import idLedger from "./id/ledger.json";
import idLocale from "./id/locale.json";
import idMethod from "./id/method.json";
import idMfa from "./id/mfa.json";
import idMonitoring from "./id/monitoring.json";
import idNav from "./id/nav.json";
import idOffline from "./id/offline.json";
import idRegistry from "./id/registry.json";
import idRoles from "./id/roles.json";
import idSelection from "./id/selection.json";
import idSmes from "./id/smes.json";
import idStages from "./id/stages.json";
import idSupport from "./id/support.json";
import idUnavailable from "./id/unavailable.json";

/** Bahasa Indonesia, the default language. */
export const id = {
  admin: idAdmin,
  api: idApi,
  app: idApp,
  auth: idAuth,
  boundary: idBoundary,
  clusters: idClusters,
  common: idCommon,
  dashboard: idDashboard,
  diagnosis: idDiagnosis,
  errors: idErrors,
  forms: idForms,
  home: idHome,
  imports: idImports,
  ledger: idLedger,
  locale: idLocale,
  method: idMethod,
  mfa: idMfa,
  monitoring: idMonitoring,
  nav: idNav,
  offline: idOffline,
  registry: idRegistry,
  roles: idRoles,
  selection: idSelection,
  smes: idSmes,
  stages: idStages,
  support: idSupport,
  unavailable: idUnavailable,
};

/** English: the same namespaces (loaded on the server only; a page receives the messages of its own language). */
export const en = {
  admin: enAdmin,
  api: enApi,
  app: enApp,
  auth: enAuth,
  boundary: enBoundary,
  clusters: enClusters,
  common: enCommon,
  dashboard: enDashboard,
  diagnosis: enDiagnosis,
  errors: enErrors,
  forms: enForms,
  home: enHome,
  imports: enImports,
  ledger: enLedger,
  locale: enLocale,
  method: enMethod,
  mfa: enMfa,
  monitoring: enMonitoring,
  nav: enNav,
  offline: enOffline,
  registry: enRegistry,
  roles: enRoles,
  selection: enSelection,
  smes: enSmes,
  stages: enStages,
  support: enSupport,
  unavailable: enUnavailable,
} satisfies Record<keyof typeof id, unknown>;
