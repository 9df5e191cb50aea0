// Every htmx request that changes something carries the gateway's CSRF token: the gateway hands it out in the
// XSRF-TOKEN cookie and accepts a change only when the same value comes back in the X-XSRF-TOKEN header,
// which another site's page cannot set. Plain forms could not send it, so the admin forms post through htmx.
document.addEventListener("htmx:configRequest", function (event) {
  if (event.detail.verb === "get") {
    return;
  }
  var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  if (match) {
    event.detail.headers["X-XSRF-TOKEN"] = decodeURIComponent(match[1]);
  }
});
