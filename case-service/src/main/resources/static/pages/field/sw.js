// The field kit's service worker: keeps the kit's shell (its page, script and styles) so that it opens offline.
// The API is never cached: personal data lives only in the kit's encrypted IndexedDB store.
"use strict";
var CACHE = "kentra-field-shell-v2";
var SCOPE = self.registration.scope;            // …/t/{centre}/field/
var SHELL = [SCOPE, "../assets/kentra.css", "../assets/chrome.js", "../assets/kentra.js", "../assets/field/kit.js",
  "../webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"].map(function (path) {
  return new URL(path, SCOPE).href;
});

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n !== CACHE; }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || SHELL.indexOf(request.url.split("?")[0]) < 0) {
    return;
  }
  // The network first (a fresh shell when online), the cached shell when it is out of reach.
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && response.type === "basic") {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request.url.split("?")[0], copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request.url.split("?")[0]);
  }));
});
