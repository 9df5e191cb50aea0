package gr.kentra.tenants.lifecycle;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Asked by case-service (its own client credentials only) right before it drops a centre's schema: allowed only for
 * a centre that is ARCHIVED, exported and past its retention, so that no token alone can drop an active centre.
 */
@RestController
class SchemaDeletionController {

    record Answer(boolean allowed, String reason) {
    }

    private final Deletions deletions;

    SchemaDeletionController(Deletions deletions) {
        this.deletions = deletions;
    }

    @GetMapping("/internal/centres/{id}/schema-deletion")
    ResponseEntity<Answer> schemaDeletion(@PathVariable String id) {
        Answer answer = deletions.schemaDeletionRefusal(id).map(reason -> new Answer(false, reason))
                .orElse(new Answer(true, null));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }
}
