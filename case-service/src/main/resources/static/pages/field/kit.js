// The field kit: a visit list and the changes made offline, kept in IndexedDB encrypted with AES-GCM under a data
// key that is stored only wrapped by a key derived from the PIN (PBKDF2). No inline script anywhere (the CSP).
(function () {
  "use strict";
  var root = document.getElementById("field-kit");
  if (!root || !window.crypto || !window.crypto.subtle || !window.indexedDB) {
    return;
  }
  var BASE = root.getAttribute("data-base");
  var USER = root.getAttribute("data-user");
  var DB_NAME = "kentra-field:" + root.getAttribute("data-centre") + ":" + USER;
  var API = BASE + "api/field/";
  var ITERATIONS = 310000;
  var IDLE_MS = 5 * 60 * 1000;
  var TEXT = JSON.parse(document.getElementById("kit-texts").textContent || "{}");
  var enc = new TextEncoder();
  var dec = new TextDecoder();
  var key = null;      // the data key, in memory only while unlocked
  var state = null;    // the decrypted state, in memory only while unlocked
  var editing = null;  // the person whose form is open (null: a new registration)
  var idleTimer = null;

  function $(id) { return document.getElementById(id); }
  function t(name, args) {
    var text = TEXT[name] || name;
    (args || []).forEach(function (a, i) { text = text.split("{" + i + "}").join(String(a)); });
    return text;
  }

  // ---- AMKA and AFM: the rules of GreekIdentifiers.java, in the page too ----
  function luhnValid(digits) {
    var sum = 0;
    var doubled = false;
    for (var i = digits.length - 1; i >= 0; i--) {
      var d = digits.charCodeAt(i) - 48;
      if (doubled) { d *= 2; if (d > 9) { d -= 9; } }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 === 0;
  }
  function isDate(y, m, d) {
    var date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }
  function validAmka(amka) {
    if (!/^\d{11}$/.test(amka)) { return false; }
    var d = +amka.substring(0, 2), m = +amka.substring(2, 4), y = +amka.substring(4, 6);
    return (isDate(1900 + y, m, d) || isDate(2000 + y, m, d)) && luhnValid(amka);
  }
  function normaliseAfm(afm) {
    var value = afm.replace(/\s/g, "").toUpperCase();
    if (value.indexOf("EL") === 0 || value.indexOf("GR") === 0) { value = value.substring(2); }
    return /^\d{8}$/.test(value) ? "0" + value : value;
  }
  function validAfm(afm) {
    var value = normaliseAfm(afm);
    if (!/^\d{9}$/.test(value) || value === "000000000") { return false; }
    var sum = 0;
    for (var i = 0; i < 8; i++) { sum += (value.charCodeAt(i) - 48) * Math.pow(2, 8 - i); }
    return sum % 11 % 10 === value.charCodeAt(8) - 48;
  }
  window.KentraFieldChecks = { validAmka: validAmka, validAfm: validAfm };

  // ---- IndexedDB: "meta" holds the wrapped key (no secret), "vault" the encrypted state ----
  function db() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = function () {
        open.result.createObjectStore("meta");
        open.result.createObjectStore("vault");
      };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }
  function idb(store, mode, action) {
    return db().then(function (conn) {
      return new Promise(function (resolve, reject) {
        var tx = conn.transaction(store, mode);
        var request = action(tx.objectStore(store));
        tx.oncomplete = function () { conn.close(); resolve(request.result); };
        tx.onerror = function () { conn.close(); reject(tx.error); };
      });
    });
  }
  function get(store, name) { return idb(store, "readonly", function (s) { return s.get(name); }); }
  function put(store, name, value) { return idb(store, "readwrite", function (s) { return s.put(value, name); }); }

  // ---- Keys ----
  function random(n) { return crypto.getRandomValues(new Uint8Array(n)); }
  function pinKey(pin, salt, iterations) {
    return crypto.subtle.importKey("raw", enc.encode(pin), "PBKDF2", false, ["deriveKey"]).then(function (base) {
      return crypto.subtle.deriveKey({ name: "PBKDF2", salt: salt, iterations: iterations, hash: "SHA-256" },
        base, { name: "AES-GCM", length: 256 }, false, ["wrapKey", "unwrapKey"]);
    });
  }
  function unwrap(pin, meta) {
    return pinKey(pin, meta.salt, meta.iterations).then(function (kek) {
      return crypto.subtle.unwrapKey("raw", meta.wrapped, kek, { name: "AES-GCM", iv: meta.iv },
        { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    });
  }
  function setUp(pin) {
    var salt = random(16), iv = random(12);
    return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"])
      .then(function (dataKey) {
        return pinKey(pin, salt, ITERATIONS).then(function (kek) {
          return crypto.subtle.wrapKey("raw", dataKey, kek, { name: "AES-GCM", iv: iv });
        });
      }).then(function (wrapped) {
        var meta = { salt: salt, iv: iv, wrapped: wrapped, iterations: ITERATIONS };
        return put("meta", "key", meta).then(function () { return unwrap(pin, meta); });
      });
  }
  function seal(value) {
    var iv = random(12);
    return crypto.subtle.encrypt({ name: "AES-GCM", iv: iv }, key, enc.encode(JSON.stringify(value)))
      .then(function (data) { return { iv: iv, data: data }; });
  }
  function unseal(box) {
    return crypto.subtle.decrypt({ name: "AES-GCM", iv: box.iv }, key, box.data)
      .then(function (plain) { return JSON.parse(dec.decode(plain)); });
  }
  function save() { return seal(state).then(function (box) { return put("vault", "state", box); }); }

  // ---- Lock and unlock ----
  function lock() {
    key = null;
    state = null;
    editing = null;
    ["kit-people", "kit-pending", "kit-sync-result", "kit-preview", "kit-conflict-list", "kit-conflicts-result"].forEach(function (id) { $(id).textContent = ""; });
    $("kit-person").hidden = true;
    $("kit-conflicts").hidden = true;
    $("kit-app").hidden = true;
    $("kit-lock").hidden = false;
    return get("meta", "key").then(function (meta) {
      $("kit-pin-button").textContent = t(meta ? "pin.unlock" : "pin.set");
      $("kit-lock-heading").textContent = t(meta ? "locked" : "pin.set");
    });
  }
  function pinError(message) {
    var error = $("kit-pin-error");
    error.textContent = message || "";
    error.hidden = !message;
    $("kit-pin-group").className = message ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
    $("kit-pin").setAttribute("aria-describedby", message ? "kit-pin-hint kit-pin-error" : "kit-pin-hint");
    if (message) { $("kit-pin").setAttribute("aria-invalid", "true"); } else { $("kit-pin").removeAttribute("aria-invalid"); }
  }
  function unlock(event) {
    event.preventDefault();
    var pin = $("kit-pin").value;
    if (pin.length < 6) { pinError(t("pin.short")); return; }
    get("meta", "key").then(function (meta) {
      return meta ? unwrap(pin, meta) : setUp(pin);
    }).then(function (dataKey) {
      key = dataKey;
      return get("vault", "state");
    }).then(function (box) {
      return box ? unseal(box) : { checkout: null, people: {}, requests: [], pending: [], conflicts: [] };
    }).then(function (opened) {
      state = opened;
      state.conflicts = state.conflicts || [];
      $("kit-pin").value = "";
      pinError(null);
      $("kit-lock").hidden = true;
      $("kit-app").hidden = false;
      persist();
      touch();
      render();
      return save();
    }).catch(function () {
      key = null;
      pinError(t("pin.wrong"));
    });
  }
  function persist() {
    if (navigator.storage && navigator.storage.persist) {
      navigator.storage.persist().then(function (granted) {
        $("kit-storage").textContent = t(granted ? "persisted" : "notPersisted");
      });
    }
  }
  function touch() {
    clearTimeout(idleTimer);
    if (key) { idleTimer = setTimeout(lock, IDLE_MS); }
  }

  // ---- Rendering ----
  function name(fields) { return (fields.lastName || "") + " " + (fields.firstName || ""); }
  // The person an operation is about: the one registered or edited, of the request or goods, the first participant.
  function personOfOp(op) {
    var fields = op.fields || {};
    var id = op.kind === "RECORD_SESSION" ? (fields.participants || [])[0] : (fields.beneficiaryId || op.entityId);
    return state.people[id];
  }
  function render() {
    $("kit-network").textContent = navigator.onLine ? "" : t("offline");
    var people = $("kit-people");
    people.textContent = "";
    var ids = Object.keys(state.people).sort(function (a, b) {
      return name(state.people[a].fields).localeCompare(name(state.people[b].fields), "el");
    });
    if (!ids.length) {
      var none = document.createElement("li");
      none.textContent = t("noList");
      people.appendChild(none);
    }
    ids.forEach(function (id) {
      var person = state.people[id];
      var item = document.createElement("li");
      item.className = "kentra-field-person";
      var label = document.createElement("span");
      label.textContent = name(person.fields) + (person.fields.address ? " · " + person.fields.address : "");
      item.appendChild(label);
      var open = state.requests.filter(function (r) { return r.beneficiaryId === id; }).length;
      if (open) {
        var count = document.createElement("span");
        count.textContent = " · " + t("requests") + ": " + open;
        item.appendChild(count);
      }
      var edit = document.createElement("button");
      edit.type = "button";
      edit.className = "govuk-button govuk-button--secondary kentra-button--small";
      edit.textContent = t("edit");
      edit.setAttribute("aria-label", t("edit") + ": " + name(person.fields));
      edit.setAttribute("data-person", id);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(edit);
      people.appendChild(item);
    });
    var pending = $("kit-pending");
    pending.textContent = "";
    $("kit-pending-heading").textContent = t("pending") + " (" + state.pending.length + ")";
    if (!state.pending.length) {
      var nothing = document.createElement("li");
      nothing.textContent = t("noPending");
      pending.appendChild(nothing);
    }
    state.pending.forEach(function (op) {
      var item = document.createElement("li");
      var person = personOfOp(op);
      item.textContent = t("kind." + op.kind) + (person ? ": " + name(person.fields) : "") +
        " (" + new Date(op.madeAt).toLocaleString() + ")";
      if (op.problem) {
        var problem = document.createElement("strong");
        problem.className = "govuk-error-message";
        problem.textContent = " " + t("refused") + ": " + (op.problem.errors || []).map(function (e) {
          return e.field + " " + e.message;
        }).concat(op.problem.errors ? [] : [op.problem.detail || op.problem.title]).join("; ");
        item.appendChild(problem);
      }
      pending.appendChild(item);
    });
    renderConflicts();
  }

  // ---- Visit list ----
  function places() {
    return $("kit-places").value.split(",").map(function (p) { return p.trim(); }).filter(Boolean);
  }
  function csrf() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : "";
  }
  function call(method, path, body) {
    var headers = { "Accept": "application/json", "X-XSRF-TOKEN": csrf() };
    if (body) { headers["Content-Type"] = "application/json"; }
    return fetch(API + path, { method: method, headers: headers, credentials: "same-origin",
      body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, body: json };
      });
    });
  }
  function preview(event) {
    event.preventDefault();
    var query = places().map(function (p) { return "places=" + encodeURIComponent(p); }).join("&");
    call("GET", "checkouts/preview?" + query).then(function (answer) {
      var p = answer.body;
      if (answer.status !== 200) {
        $("kit-preview").textContent = p.detail || p.title || String(answer.status);
        $("kit-download").disabled = true;
        return;
      }
      $("kit-preview").textContent = t(p.allowed ? "preview" : "previewTooLarge",
        [p.people, p.requests, Math.ceil(p.bytes / 1024), Math.floor(p.maxBytes / 1024)]);
      $("kit-download").disabled = !p.allowed;
    }).catch(function () { $("kit-preview").textContent = t("offline"); });
  }
  function download() {
    call("POST", "checkouts", { places: places() }).then(function (answer) {
      if (answer.status !== 201) {
        $("kit-preview").textContent = answer.body.detail || answer.body.title || String(answer.status);
        return;
      }
      var list = answer.body;
      state.checkout = { id: list.checkoutId, places: list.places, madeAt: list.madeAt };
      // People changed offline keep the kit's values until they are synchronised.
      var keep = {};
      state.pending.forEach(function (op) { keep[op.entityId] = true; });
      list.people.forEach(function (p) {
        if (!keep[p.id]) { state.people[p.id] = { id: p.id, version: p.version, fields: p.fields }; }
      });
      state.requests = list.requests;
      $("kit-preview").textContent = t("downloaded", [list.people.length, list.requests.length]);
      render();
      return save();
    }).catch(function () { $("kit-preview").textContent = t("offline"); });
  }

  // ---- A person: register or edit, with the same checks as the server ----
  var FIELDS = ["firstName", "lastName", "dateOfBirth", "gender", "amka", "afm", "phone", "address"];
  // Every field that can carry an error message in the person's section (element ids without "kit-").
  var ERROR_FIELDS = FIELDS.concat(["description", "session-date", "session-durationMinutes",
    "session-participants", "distribution-date", "distribution-quantity"]);
  function openPerson(id) {
    editing = id;
    var fields = id ? state.people[id].fields : {};
    FIELDS.forEach(function (f) { $("kit-" + f).value = fields[f] || ""; });
    showErrors({});
    $("kit-person-heading").textContent = id ? t("edit") + ": " + name(fields) : t("register");
    $("kit-request-form").hidden = !id;
    $("kit-description").value = "";
    openSessionAndDistribution(id);
    $("kit-person").hidden = false;
    $("kit-person-heading").focus();
  }
  function showErrors(errors) {
    var list = $("kit-person-error-list");
    list.textContent = "";
    ERROR_FIELDS.forEach(function (f) {
      var error = $("kit-" + f + "-error");
      var input = $("kit-" + f);
      if (!error || !input) { return; }
      error.textContent = errors[f] || "";
      error.hidden = !errors[f];
      $("kit-group-" + f).className = errors[f] ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
      if (errors[f]) {
        if (input.tagName !== "FIELDSET") { input.setAttribute("aria-invalid", "true"); }
        input.setAttribute("aria-describedby", "kit-" + f + "-error");
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = "#kit-" + f;
        link.textContent = errors[f];
        item.appendChild(link);
        list.appendChild(item);
      } else {
        input.removeAttribute("aria-invalid");
        input.removeAttribute("aria-describedby");
      }
    });
    $("kit-person-errors").hidden = !list.children.length;
    if (list.children.length) { $("kit-person-errors").focus(); }
  }
  function validate(fields) {
    var errors = {};
    ["firstName", "lastName", "dateOfBirth", "gender"].forEach(function (f) {
      if (!fields[f]) { errors[f] = t("required"); }
    });
    if (fields.amka && !validAmka(fields.amka)) { errors.amka = t("invalidAmka"); }
    if (fields.afm && !validAfm(fields.afm)) { errors.afm = t("invalidAfm"); }
    return errors;
  }
  function op(kind, entityId, baseVersion, fields) {
    return { opId: crypto.randomUUID(), kind: kind, entityId: entityId, baseVersion: baseVersion,
      fields: fields, madeAt: new Date().toISOString(), madeBy: USER };
  }
  function unsent(kind, entityId) {
    return state.pending.filter(function (o) {
      return o.kind === kind && o.entityId === entityId && !o.sent;
    })[0];
  }
  function savePerson(event) {
    event.preventDefault();
    var typed = {};
    FIELDS.forEach(function (f) { typed[f] = $("kit-" + f).value.trim(); });
    var errors = validate(typed);
    showErrors(errors);
    if (Object.keys(errors).length) { return; }
    if (!editing) {
      var id = crypto.randomUUID();
      var fields = {};
      FIELDS.forEach(function (f) { if (typed[f]) { fields[f] = typed[f]; } });
      state.people[id] = { id: id, version: null, local: true, fields: fields };
      state.pending.push(op("REGISTER_PERSON", id, null, fields));
    } else {
      var person = state.people[editing];
      var changed = {};
      FIELDS.forEach(function (f) {
        if ((person.fields[f] || "") !== typed[f]) { changed[f] = typed[f] || null; }
      });
      if (!Object.keys(changed).length) { $("kit-person").hidden = true; return; }
      Object.keys(changed).forEach(function (f) { person.fields[f] = changed[f]; });
      // One unsent operation per record: a second edit before a synchronisation joins the first.
      var pendingOp = unsent("REGISTER_PERSON", editing) || unsent("EDIT_PERSON", editing);
      if (pendingOp) {
        Object.keys(changed).forEach(function (f) { pendingOp.fields[f] = changed[f]; });
        pendingOp.madeAt = new Date().toISOString();
      } else {
        state.pending.push(op("EDIT_PERSON", editing, person.version, changed));
      }
    }
    $("kit-person").hidden = true;
    render();
    save();
  }
  function saveRequest(event) {
    event.preventDefault();
    var description = $("kit-description").value.trim();
    if (!description) { showErrors({ description: t("required") }); return; }
    state.pending.push(op("RECORD_REQUEST", crypto.randomUUID(), null, { beneficiaryId: editing,
      type: $("kit-type").value, channel: "MOBILE_UNIT", receivedOn: today(), description: description }));
    $("kit-person").hidden = true;
    render();
    save();
  }
  function today() {
    var now = new Date();
    return now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0") + "-" +
      String(now.getDate()).padStart(2, "0");
  }
  function wholeNumber(text, min, max) {
    return /^\d{1,5}$/.test(text) && +text >= min && +text <= max;
  }

  // ---- Sessions and distributions: the API's fields, checked here as the server checks them ----
  function openSessionAndDistribution(id) {
    var session = $("kit-session-form"), distribution = $("kit-distribution-form");
    if (session) {
      session.hidden = !id;
      session.reset();
      $("kit-session-date").value = today();
      var others = $("kit-session-others");
      others.textContent = "";
      Object.keys(state.people).filter(function (other) { return other !== id; }).forEach(function (other, i) {
        var item = document.createElement("div");
        item.className = "govuk-checkboxes__item";
        var box = document.createElement("input");
        box.className = "govuk-checkboxes__input";
        box.type = "checkbox";
        box.name = "participants";
        box.id = "kit-session-participant-" + i;
        box.value = other;
        var label = document.createElement("label");
        label.className = "govuk-label govuk-checkboxes__label";
        label.htmlFor = box.id;
        label.textContent = name(state.people[other].fields);
        item.appendChild(box);
        item.appendChild(label);
        others.appendChild(item);
      });
    }
    if (distribution) {
      distribution.hidden = !id;
      distribution.reset();
      $("kit-distribution-date").value = today();
    }
  }
  function saveSession(event) {
    event.preventDefault();
    var others = Array.prototype.slice.call(document.querySelectorAll("#kit-session-others input:checked"))
      .map(function (box) { return box.value; });
    var fields = { type: $("kit-session-type").value, date: $("kit-session-date").value,
      durationMinutes: $("kit-session-durationMinutes").value.trim(), participants: [editing].concat(others),
      topic: $("kit-session-topic").value };
    var notes = $("kit-session-notes").value.trim();
    if (notes) { fields.notes = notes; }
    var errors = {};
    if (!fields.date) { errors["session-date"] = t("required"); }
    if (!wholeNumber(fields.durationMinutes, 5, 480)) { errors["session-durationMinutes"] = t("invalidDuration"); }
    if ((fields.type === "INDIVIDUAL") !== (others.length === 0)) {
      errors["session-participants"] = t("invalidParticipants");
    }
    showErrors(errors);
    if (Object.keys(errors).length) { return; }
    fields.durationMinutes = +fields.durationMinutes;
    state.pending.push(op("RECORD_SESSION", crypto.randomUUID(), null, fields));
    $("kit-person").hidden = true;
    render();
    save();
  }
  function saveDistribution(event) {
    event.preventDefault();
    var line = { kind: $("kit-distribution-kind").value, quantity: $("kit-distribution-quantity").value.trim(),
      unit: $("kit-distribution-unit").value };
    var description = $("kit-distribution-description").value.trim();
    if (description) { line.description = description; }
    var fields = { beneficiaryId: editing, date: $("kit-distribution-date").value,
      programme: $("kit-distribution-programme").value, lines: [line] };
    var notes = $("kit-distribution-notes").value.trim();
    if (notes) { fields.notes = notes; }
    var errors = {};
    if (!fields.date) { errors["distribution-date"] = t("required"); }
    if (!wholeNumber(line.quantity, 1, 10000)) { errors["distribution-quantity"] = t("invalidQuantity"); }
    showErrors(errors);
    if (Object.keys(errors).length) { return; }
    line.quantity = +line.quantity;
    state.pending.push(op("RECORD_DISTRIBUTION", crypto.randomUUID(), null, fields));
    $("kit-person").hidden = true;
    render();
    save();
  }

  // ---- Conflicts: both values side by side, a choice per field, decided at the centre through the API ----
  function shown(value) {
    return value === null || value === undefined || value === "" ? t("empty")
      : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
  function cell(tag, text, className) {
    var element = document.createElement(tag);
    element.className = className;
    if (text !== null) { element.textContent = text; }
    return element;
  }
  function renderConflicts() {
    var list = $("kit-conflict-list");
    list.textContent = "";
    $("kit-conflicts").hidden = !state.conflicts.length;
    state.conflicts.forEach(function (conflict, n) {
      var person = state.people[conflict.beneficiaryId];
      var box = document.createElement("div");
      box.className = "kentra-field-conflict";
      box.id = "kit-conflict-" + conflict.id;
      box.appendChild(cell("h3", t("conflictOf", [person ? name(person.fields) : conflict.beneficiaryId]),
        "govuk-heading-s"));
      var table = cell("table", null, "govuk-table");
      var caption = cell("caption", t("conflictOf", [person ? name(person.fields) : conflict.beneficiaryId]),
        "govuk-table__caption govuk-visually-hidden");
      table.appendChild(caption);
      var head = cell("thead", null, "govuk-table__head");
      var headRow = cell("tr", null, "govuk-table__row");
      ["conflictField", "mine", "theirs", "choice"].forEach(function (key) {
        var th = cell("th", t(key), "govuk-table__header");
        th.scope = "col";
        headRow.appendChild(th);
      });
      head.appendChild(headRow);
      table.appendChild(head);
      var body = cell("tbody", null, "govuk-table__body");
      Object.keys(conflict.fields).forEach(function (field, f) {
        var label = t("f." + field) === "f." + field ? field : t("f." + field);
        var row = cell("tr", null, "govuk-table__row");
        var th = cell("th", label, "govuk-table__header");
        th.scope = "row";
        row.appendChild(th);
        row.appendChild(cell("td", shown(conflict.fields[field].mine), "govuk-table__cell kit-mine"));
        row.appendChild(cell("td", shown(conflict.fields[field].theirs), "govuk-table__cell kit-theirs"));
        var choice = cell("td", null, "govuk-table__cell");
        var fieldset = cell("fieldset", null, "govuk-fieldset");
        fieldset.appendChild(cell("legend", t("choice") + ": " + label, "govuk-fieldset__legend govuk-visually-hidden"));
        var radios = cell("div", null, "govuk-radios govuk-radios--small govuk-radios--inline");
        [["MINE", "keepMine"], ["THEIRS", "keepTheirs"]].forEach(function (option) {
          var item = cell("div", null, "govuk-radios__item");
          var radio = cell("input", null, "govuk-radios__input");
          radio.type = "radio";
          radio.name = "kit-choice-" + n + "-" + f;
          radio.id = radio.name + "-" + option[0];
          radio.value = option[0];
          radio.setAttribute("data-field", field);
          var text = cell("label", t(option[1]), "govuk-label govuk-radios__label");
          text.htmlFor = radio.id;
          item.appendChild(radio);
          item.appendChild(text);
          radios.appendChild(item);
        });
        fieldset.appendChild(radios);
        choice.appendChild(fieldset);
        row.appendChild(choice);
        body.appendChild(row);
      });
      table.appendChild(body);
      box.appendChild(table);
      var error = cell("p", null, "govuk-error-message");
      error.id = "kit-conflict-error-" + n;
      error.hidden = true;
      box.appendChild(error);
      var decide = cell("button", t("decide"), "govuk-button");
      decide.type = "button";
      decide.setAttribute("data-conflict", conflict.id);
      decide.setAttribute("aria-describedby", error.id);
      box.appendChild(decide);
      list.appendChild(box);
    });
  }
  function decide(id) {
    var conflict = state.conflicts.filter(function (c) { return c.id === id; })[0];
    var box = $("kit-conflict-" + id);
    if (!conflict || !box) { return; }
    var error = box.querySelector(".govuk-error-message");
    var choices = {};
    Array.prototype.forEach.call(box.querySelectorAll("input:checked"), function (radio) {
      choices[radio.getAttribute("data-field")] = radio.value;
    });
    if (Object.keys(choices).length !== Object.keys(conflict.fields).length) {
      error.textContent = t("chooseEach");
      error.hidden = false;
      return;
    }
    call("POST", "conflicts/" + encodeURIComponent(id) + "/resolve", { choices: choices }).then(function (answer) {
      if (answer.status !== 200) {
        error.textContent = answer.body.detail || answer.body.title || String(answer.status);
        error.hidden = false;
        return;
      }
      var person = state.people[conflict.beneficiaryId];
      if (person) {
        Object.keys(choices).forEach(function (field) {
          person.fields[field] = conflict.fields[field][choices[field] === "MINE" ? "mine" : "theirs"];
        });
        if (answer.body.beneficiaryVersion != null) { person.version = answer.body.beneficiaryVersion; }
      }
      state.conflicts = state.conflicts.filter(function (c) { return c.id !== id; });
      render();
      $("kit-conflicts").hidden = false;
      $("kit-conflicts-result").textContent = t("decided");
      return save();
    }).catch(function () {
      error.textContent = t("offline");
      error.hidden = false;
    });
  }
  /** The open conflicts this kit's operations left (both values as the centre kept them), kept encrypted too. */
  function fetchConflicts(ids) {
    var wanted = {};
    ids.concat(state.conflicts.map(function (c) { return c.id; })).forEach(function (id) { wanted[id] = true; });
    if (!Object.keys(wanted).length) { return Promise.resolve(); }
    return call("GET", "conflicts").then(function (answer) {
      if (answer.status !== 200) { return; }
      state.conflicts = answer.body.filter(function (c) { return wanted[c.id]; });
    });
  }

  // ---- Synchronisation: the log goes up, each answer settles its operation ----
  function sync() {
    if (!state.pending.length) { return; }
    state.pending.forEach(function (o) { o.sent = true; });
    var log = state.pending.map(function (o) {
      return { opId: o.opId, kind: o.kind, entityId: o.entityId, baseVersion: o.baseVersion, fields: o.fields,
        madeAt: o.madeAt, madeBy: o.madeBy };
    });
    save().then(function () { return call("POST", "sync", { operations: log }); }).then(function (answer) {
      if (answer.status !== 200) {
        $("kit-sync-result").textContent = answer.body.detail || answer.body.title || String(answer.status);
        return;
      }
      var conflicts = 0, refused = 0, conflictIds = [];
      answer.body.results.forEach(function (result) {
        var index = state.pending.findIndex(function (o) { return o.opId === result.opId; });
        if (index < 0) { return; }
        var done = state.pending[index];
        if (result.outcome === "REFUSED") {
          done.problem = result.problem;
          refused++;
          return;
        }
        state.pending.splice(index, 1);
        if (result.outcome === "CONFLICT") {
          conflicts++;
          conflictIds.push(result.conflictId);
        }
        if (done.kind === "REGISTER_PERSON" && state.people[done.entityId]) {
          var person = state.people[done.entityId];
          delete state.people[done.entityId];
          person.id = result.id;
          person.local = false;
          state.people[result.id] = person;
          state.pending.forEach(function (o) {
            if (o.entityId === done.entityId) { o.entityId = result.id; }
            if (o.fields.beneficiaryId === done.entityId) { o.fields.beneficiaryId = result.id; }
            if (o.fields.participants) {
              o.fields.participants = o.fields.participants.map(function (p) {
                return p === done.entityId ? result.id : p;
              });
            }
          });
        }
        if ((done.kind === "REGISTER_PERSON" || done.kind === "EDIT_PERSON") && state.people[result.id] &&
            result.version != null) {
          state.people[result.id].version = result.version;
        }
      });
      $("kit-sync-result").textContent = t("synced", [answer.body.results.length - refused, conflicts, refused]);
      return fetchConflicts(conflictIds).then(function () {
        render();
        return save();
      });
    }).catch(function () {
      $("kit-sync-result").textContent = t("offline");
    });
  }

  // ---- Wiring ----
  $("kit-noscript").hidden = true;
  $("kit-lock-form").addEventListener("submit", unlock);
  $("kit-lock-button").addEventListener("click", lock);
  $("kit-checkout-form").addEventListener("submit", preview);
  $("kit-download").addEventListener("click", download);
  $("kit-new-person").addEventListener("click", function () { openPerson(null); });
  $("kit-person-form").addEventListener("submit", savePerson);
  $("kit-request-form").addEventListener("submit", saveRequest);
  if ($("kit-session-form")) { $("kit-session-form").addEventListener("submit", saveSession); }
  if ($("kit-distribution-form")) { $("kit-distribution-form").addEventListener("submit", saveDistribution); }
  $("kit-conflict-list").addEventListener("click", function (event) {
    var id = event.target.getAttribute && event.target.getAttribute("data-conflict");
    if (id) { decide(id); }
  });
  $("kit-person-cancel").addEventListener("click", function () { $("kit-person").hidden = true; });
  $("kit-sync").addEventListener("click", sync);
  $("kit-people").addEventListener("click", function (event) {
    var id = event.target.getAttribute && event.target.getAttribute("data-person");
    if (id) { openPerson(id); }
  });
  ["pointerdown", "keydown"].forEach(function (type) { document.addEventListener(type, touch, true); });
  window.addEventListener("online", function () { if (state) { render(); } });
  window.addEventListener("offline", function () { if (state) { render(); } });
  if (navigator.serviceWorker) {
    navigator.serviceWorker.register(BASE + "field/sw.js", { scope: BASE + "field/" }).catch(function () {});
  }
  lock();
})();
