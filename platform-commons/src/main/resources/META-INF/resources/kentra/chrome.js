// What every page of the platform does in the browser (the admin pages, the dashboards, the centre's pages, which
// add their own kentra.js after this): no inline script anywhere (the CSP).
(function () {
  "use strict";
  document.documentElement.classList.add("govuk-frontend-supported");

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  // A change sent by htmx carries the gateway's CSRF token in the X-XSRF-TOKEN header (the gateway reads no form
  // field), which is why the centre's forms are sent by htmx (hx-boost) rather than by the browser itself.
  document.addEventListener("htmx:configRequest", function (event) {
    if (event.detail.verb === "get") {
      return;
    }
    var token = csrfToken();
    if (token) {
      event.detail.headers["X-XSRF-TOKEN"] = token;
    }
  });

  // Logging out is a plain form POST (the browser follows the gateway to Keycloak's end-session page and back);
  // the gateway takes the CSRF token from the "_csrf" field on /logout, filled here from its cookie.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-logout")) {
      return;
    }
    var field = form.querySelector("input[name=_csrf]");
    if (!field) {
      field = document.createElement("input");
      field.type = "hidden";
      field.name = "_csrf";
      form.appendChild(field);
    }
    field.value = csrfToken() || "";
  });

  // After a form comes back, what the reader must see first takes the focus and comes into view: the error summary,
  // or a one-time notice such as a new coordinator's password.
  function bringIntoView() {
    var target = document.querySelector("[data-error-summary], [data-focus]");
    if (target) {
      target.focus();
      target.scrollIntoView({block: "start"});
    }
  }
  document.addEventListener("htmx:afterSettle", bringIntoView);
  document.addEventListener("DOMContentLoaded", bringIntoView);

  // The period picker: choosing a quarter, a month or a range of months makes that the kind of period shown.
  document.addEventListener("change", function (event) {
    var field = event.target;
    var kind = document.querySelector("[data-period-kind]");
    if (!kind || !field.form || field.form !== kind.form) {
      return;
    }
    var follows = {quarter: "quarter", month: "month", from: "range", to: "range"}[field.name];
    if (follows && field.value !== "") {
      kind.value = follows;
    }
  });
})();
