// One JSON file per namespace, so features own their messages. Keep the list sorted.
import admin from "./admin.json";
import api from "./api.json";
import app from "./app.json";
import auth from "./auth.json";
import boundary from "./boundary.json";
import clusters from "./clusters.json";
import common from "./common.json";
import dashboard from "./dashboard.json";
import diagnosis from "./diagnosis.json";
import errors from "./errors.json";
import forms from "./forms.json";
import home from "./home.json";
import imports from "./imports.json";
import ledger from "./ledger.json";
import locale from "./locale.json";
import method from "./method.json";
import mfa from "./mfa.json";
import monitoring from "./monitoring.json";
import nav from "./nav.json";
import offline from "./offline.json";
import registry from "./registry.json";
import roles from "./roles.json";
import selection from "./selection.json";
import smes from "./smes.json";
import stages from "./stages.json";
import support from "./support.json";
import unavailable from "./unavailable.json";

const messages = {
  admin,
  api,
  app,
  auth,
  boundary,
  clusters,
  common,
  dashboard,
  diagnosis,
  errors,
  forms,
  home,
  imports,
  ledger,
  locale,
  method,
  mfa,
  monitoring,
  nav,
  offline,
  registry,
  roles,
  selection,
  smes,
  stages,
  support,
  unavailable,
};
export default messages;
