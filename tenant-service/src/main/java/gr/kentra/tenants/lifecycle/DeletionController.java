package gr.kentra.tenants.lifecycle;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The two steps of deleting an archived centre after its retention period (platform administrators only). */
@RestController
@RequestMapping("/admin/api/tenants/{id}")
class DeletionController {

    /** The code from the deletion request and the centre's id typed again. */
    record Confirmation(@NotBlank @Size(max = 64) String confirmation, @NotBlank @Size(max = 40) String slug) {
    }

    private final Deletions deletions;
    private final MessageSource messages;

    DeletionController(Deletions deletions, MessageSource messages) {
        this.deletions = deletions;
        this.messages = messages;
    }

    /** The code is shown once, so the answer must not be stored by any cache. */
    @PostMapping("/deletion-requests")
    ResponseEntity<Deletions.Issued> request(@PathVariable String id, @AuthenticationPrincipal Jwt admin) {
        Deletions.Issued issued = deletions.request(id, actor(admin));
        return ResponseEntity.created(URI.create("/admin/api/tenants/" + id + "/deletion-requests"))
                .cacheControl(CacheControl.noStore()).body(issued);
    }

    @DeleteMapping
    Deletions.Deleted delete(@PathVariable String id, @Valid @RequestBody Confirmation confirmation,
            @AuthenticationPrincipal Jwt admin) {
        if (!deletions.exists(id)) {
            throw LifecycleProblems.notFound();
        }
        if (!id.equals(confirmation.slug().strip())) {
            throw LifecycleProblems.slugMismatch(messages.getMessage("problem.deletion.slug", null,
                    LocaleContextHolder.getLocale()));
        }
        return deletions.delete(id, confirmation.confirmation(), actor(admin));
    }

    private static String actor(Jwt token) {
        String username = token.getClaimAsString("preferred_username");
        return username != null ? username : token.getSubject();
    }
}
