package gr.kentra.cases.field.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.web.CentrePage;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field kit: one page (the shell, cached by its service worker to open offline), its service worker and its
 * manifest, all under {@code /t/{centre}/field/} so that the worker's scope is the kit and nothing else of the
 * centre's pages. The kit's script ({@code static/pages/field/kit.js}) keeps its data encrypted in the browser.
 */
@Controller
@CentrePage
class FieldKitPages {

    /** The texts the kit's script shows, handed to it as JSON (the page runs no inline script). */
    private static final String[] TEXTS = {"pin.set", "pin.unlock", "pin.wrong", "pin.short", "locked", "persisted",
            "notPersisted", "preview", "previewTooLarge", "download", "downloaded", "people", "pending", "noPending",
            "sync", "synced", "offline", "refused", "conflict", "edit", "register", "request", "save", "cancel",
            "invalidAmka", "invalidAfm", "required", "kind.REGISTER_PERSON", "kind.EDIT_PERSON",
            "kind.RECORD_REQUEST", "lock", "places", "noList", "requests", "description", "discard",
            "kind.RECORD_SESSION", "kind.RECORD_DISTRIBUTION", "invalidDuration", "invalidQuantity",
            "invalidParticipants", "conflictOf", "conflictField", "mine", "theirs", "choice", "keepMine", "keepTheirs",
            "decide", "decided", "chooseEach", "empty", "f.firstName", "f.lastName", "f.dateOfBirth", "f.gender",
            "f.amka", "f.afm", "f.phone", "f.address", "f.email"};

    private final Allowed allowed;
    private final MessageSource messages;
    private final JsonMapper json;

    FieldKitPages(Allowed allowed, MessageSource messages, JsonMapper json) {
        this.allowed = allowed;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/t/{centre}/field")
    String redirect(@PathVariable String centre) {
        allowed.require("FIELD_WORK");
        return "redirect:/t/" + centre + "/field/";
    }

    @GetMapping("/t/{centre}/field/")
    String kit(@PathVariable String centre, Model model, Locale locale) {
        allowed.require("FIELD_WORK");
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : TEXTS) {
            texts.put(key, messages.getMessage("page.field." + key, null, locale));
        }
        // Inside <script type="application/json">: "</" would end the element.
        model.addAttribute("texts", json.writeValueAsString(texts).replace("</", "<\\/"));
        model.addAttribute("username", CurrentStaff.username());
        return "pages/field/kit";
    }

    @GetMapping(value = "/t/{centre}/field/sw.js")
    ResponseEntity<byte[]> serviceWorker(@PathVariable String centre) throws IOException {
        allowed.require("FIELD_WORK");
        byte[] script = new ClassPathResource("static/pages/field/sw.js").getContentAsByteArray();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8")).body(script);
    }

    @GetMapping(value = "/t/{centre}/field/manifest.webmanifest")
    ResponseEntity<String> manifest(@PathVariable String centre, Locale locale) {
        allowed.require("FIELD_WORK");
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", messages.getMessage("page.field.title", null, locale));
        manifest.put("short_name", "Kentra");
        manifest.put("start_url", "/t/" + centre + "/field/");
        manifest.put("scope", "/t/" + centre + "/field/");
        manifest.put("display", "standalone");
        manifest.put("lang", locale.getLanguage());
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", "#003078");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/manifest+json"))
                .body(json.writeValueAsString(manifest));
    }
}
