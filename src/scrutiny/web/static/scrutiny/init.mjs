// Progressive enhancement only: every page works without this (the menu toggle, the skip link
// and error summary focus are what GOV.UK Frontend's JavaScript adds).
import { initAll } from "../govuk/govuk-frontend.min.js";

initAll();
