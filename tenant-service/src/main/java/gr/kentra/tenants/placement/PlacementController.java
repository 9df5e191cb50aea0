package gr.kentra.tenants.placement;

import gr.kentra.commons.tenant.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Places a centre on another database cell (platform administrators; {@code /admin/**} is theirs only). */
@RestController
class PlacementController {

    record PlacementRequest(@NotBlank @ConfiguredCell String cell) {
    }

    private final CentreMoves moves;

    PlacementController(CentreMoves moves) {
        this.moves = moves;
    }

    @PostMapping("/admin/api/tenants/{id}/placement")
    CentreMoves.Placed place(@PathVariable String id, @Valid @RequestBody PlacementRequest request,
            @AuthenticationPrincipal Jwt admin) {
        return moves.place(TenantId.of(id).value(), request.cell(), actor(admin));
    }

    private static String actor(Jwt token) {
        String username = token.getClaimAsString("preferred_username");
        return username != null ? username : token.getSubject();
    }
}
