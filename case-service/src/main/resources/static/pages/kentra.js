// The centre's pages' own behaviour, after the platform's chrome.js (the header's logout, the CSRF header on every
// change sent by htmx, the focus on an error summary): no inline script or handler anywhere (the gateway's CSP).
(function () {
  "use strict";

  // A form sent back with errors (422) is shown like any page; then the error summary takes the focus.
  document.addEventListener("htmx:beforeSwap", function (event) {
    // 409: a stale edit comes back as its form, with what was typed and the values saved meanwhile.
    if (event.detail.xhr.status === 422 || event.detail.xhr.status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // A form island swapped after adding or removing a row: the error summary above it, from the last save, names rows
  // that may have moved and would take the focus from the new row, so it goes (the next save says what is wrong).
  document.addEventListener("htmx:afterSwap", function (event) {
    var island = document.querySelector("[data-focus]");
    if (!island || event.detail.target === document.body) {
      return;
    }
    document.querySelectorAll("[data-error-summary]").forEach(function (summary) {
      if (!island.contains(summary)) {
        summary.remove();
      }
    });
  });
  document.addEventListener("htmx:afterSettle", function () {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
      window.scrollTo(0, 0);
      return;
    }
    // A form island swapped after adding or removing a row names the field to go on with (the new row's first).
    var island = document.querySelector("[data-focus]");
    var field = island ? document.getElementById(island.getAttribute("data-focus")) : null;
    if (field) {
      field.focus();
    }
  });

  // Choosing people for a group session: a ticked search result moves to the chosen list, so that the next
  // search (which replaces the results) does not lose it.
  document.addEventListener("change", function (event) {
    var box = event.target;
    var results = box.closest ? box.closest("[data-pick-results]") : null;
    var chosen = document.querySelector("[data-picked]");
    if (!results || !chosen || !box.checked) {
      return;
    }
    chosen.appendChild(box.closest(".govuk-checkboxes__item"));
    box.focus();
  });

  // Find a person: Down arrow from the box into the results, Up/Down between them, Escape back to the box.
  document.addEventListener("keydown", function (event) {
    var box = document.getElementById("find-person");
    var results = document.getElementById("find-person-results");
    if (!box || !results) {
      return;
    }
    var links = Array.prototype.slice.call(results.querySelectorAll("a"));
    var index = links.indexOf(document.activeElement);
    if (event.target === box && event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[0].focus();
    } else if (index >= 0 && event.key === "ArrowDown") {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)].focus();
    } else if (index >= 0 && event.key === "ArrowUp") {
      event.preventDefault();
      (index === 0 ? box : links[index - 1]).focus();
    } else if ((index >= 0 || event.target === box) && event.key === "Escape") {
      results.innerHTML = "";
      box.focus();
    }
  });
})();
