package gr.kentra.tenants.centre.api;

import java.net.URI;
import java.util.List;

import gr.kentra.commons.web.PageOf;
import gr.kentra.tenants.centre.archive.ArchiveExport;
import gr.kentra.tenants.centre.archive.ExportStatus;
import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.onboarding.Onboarding;
import gr.kentra.tenants.centre.registry.CentreChanges;
import gr.kentra.tenants.centre.registry.CentreProblems;
import gr.kentra.tenants.centre.registry.CentreQuery;
import gr.kentra.tenants.centre.registry.CentreService;
import gr.kentra.tenants.centre.registry.CentreStatus;
import gr.kentra.tenants.centre.registry.CentreView;
import gr.kentra.tenants.centre.registry.OnboardCentre;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry of centres for platform administrators (the gateway forwards {@code /admin/**} unchanged). */
@RestController
@RequestMapping("/admin/api/tenants")
class CentreController {

    private final CentreService centres;
    private final Onboarding onboarding;
    private final ArchiveExport archiveExport;

    CentreController(CentreService centres, Onboarding onboarding, ArchiveExport archiveExport) {
        this.centres = centres;
        this.onboarding = onboarding;
        this.archiveExport = archiveExport;
    }

    /**
     * Lists centres, filtered by status, region, generated or not, and text ({@code q}: id, names, municipality;
     * case and accents ignored), sorted by {@code sort} ({@code id}, {@code name}, {@code municipality},
     * {@code region}, {@code status}, {@code created}, {@code updated}) and {@code dir} ({@code asc}/{@code desc}).
     */
    @GetMapping
    PageOf<CentreView> list(@RequestParam(required = false) CentreStatus status,
            @RequestParam(required = false) String region, @RequestParam(required = false) Boolean generated,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Region inRegion = region == null || region.isBlank() ? null : Region.ofCode(region)
                .orElseThrow(CentreProblems.UnknownRegion::new);
        CentreQuery.Order order = CentreQuery.Order.parse(sort).orElseThrow(CentreProblems.UnknownSort::new);
        Page<CentreView> found = centres.search(new CentreQuery(status, inRegion, generated, q, order,
                "desc".equalsIgnoreCase(dir), page, size));
        return new PageOf<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @GetMapping("/{id}")
    CentreView get(@PathVariable String id) {
        return centres.find(id);
    }

    /**
     * Registers the centre, then creates its schema, its Keycloak Organization and its first coordinator before
     * answering (see {@link Onboarding}). The answer carries the coordinator's temporary password once, so it
     * must not be stored by any cache.
     */
    @PostMapping
    ResponseEntity<CentreView> onboard(@Valid @RequestBody OnboardCentre request, @AuthenticationPrincipal Jwt admin) {
        CentreView centre = onboarding.onboard(request, actor(admin));
        return ResponseEntity.created(URI.create("/admin/api/tenants/" + request.id()))
                .cacheControl(CacheControl.noStore())
                .body(centre);
    }

    /**
     * Runs a centre's failed onboarding steps now instead of after the back-off (the registry's error says why they
     * failed). Like onboarding, a coordinator made now is in this answer only.
     */
    @PostMapping("/{id}/onboarding/retry")
    ResponseEntity<CentreView> retry(@PathVariable String id, @AuthenticationPrincipal Jwt admin) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(onboarding.retry(id, actor(admin)));
    }

    /**
     * Archiving ends staff access as soon as the status is committed; the centre's export is then requested from
     * case-service before answering (and again by repeating the request while it is still pending).
     */
    @PatchMapping("/{id}")
    CentreView change(@PathVariable String id, @Valid @RequestBody CentreChanges changes,
            @AuthenticationPrincipal Jwt admin) {
        CentreView changed = centres.change(id, changes, actor(admin));
        if (changed.status() == CentreStatus.ARCHIVED
                && (changed.archive() == null || changed.archive().exportStatus() != ExportStatus.DONE)) {
            archiveExport.request(id, actor(admin));
            return centres.find(id);
        }
        return changed;
    }

    private static String actor(Jwt token) {
        String username = token.getClaimAsString("preferred_username");
        return username != null ? username : token.getSubject();
    }
}
