package gr.kentra.tenants.centre.api;

import java.util.LinkedHashMap;
import java.util.Map;

import gr.kentra.tenants.centre.registry.CentreRepository;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centres' display names, which case-service polls with the statuses so that its page headers name the
 * centre rather than its slug. Under {@code /internal/**}: case-service's own service token only.
 */
@RestController
class CentreNameController {

    record Name(String el, String en) {
    }

    record Names(Map<String, Name> names) {
    }

    private final CentreRepository centres;

    CentreNameController(CentreRepository centres) {
        this.centres = centres;
    }

    @GetMapping("/internal/centres/names")
    @Transactional(readOnly = true)
    ResponseEntity<Names> names() {
        Map<String, Name> names = new LinkedHashMap<>();
        centres.displayNames().forEach(centre -> names.put(centre.id(), new Name(centre.el(), centre.en())));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Names(names));
    }
}
