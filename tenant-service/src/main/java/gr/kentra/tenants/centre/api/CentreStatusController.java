package gr.kentra.tenants.centre.api;

import java.util.LinkedHashMap;
import java.util.Map;

import gr.kentra.tenants.centre.registry.CentreRepository;
import gr.kentra.tenants.centre.registry.CentreStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centres that are not active, for the gateway, which polls this every couple of seconds and refuses the
 * traffic of suspended and archived centres. Deliberately open (see SecurityConfiguration): it names only
 * centre ids, which are public municipality slugs, and statuses; never a person, a name or a count. The
 * gateway does not route {@code /internal/**}, so it is reachable only inside the platform's network, and
 * the gateway has no service account of its own in the realm to fetch a token with (adding one would make
 * every gateway replica's cache depend on Keycloak being up, for data that is not secret).
 */
@RestController
class CentreStatusController {

    record Unavailable(Map<String, CentreStatus> unavailable) {
    }

    private final CentreRepository centres;

    CentreStatusController(CentreRepository centres) {
        this.centres = centres;
    }

    @GetMapping("/internal/centres/status")
    @Transactional(readOnly = true)
    ResponseEntity<Unavailable> status() {
        Map<String, CentreStatus> unavailable = new LinkedHashMap<>();
        centres.unavailable().forEach(centre -> unavailable.put(centre.id(), centre.status()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Unavailable(unavailable));
    }
}
