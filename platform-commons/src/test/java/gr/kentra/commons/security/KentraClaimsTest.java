package gr.kentra.commons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class KentraClaimsTest {

    private static Jwt token(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).subject("u");
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void readsOrganizationClaimAsList() {
        Jwt jwt = token(Map.of("organization", List.of("moschato-tavros")));
        assertThat(KentraClaims.tenants(jwt)).containsExactly(TenantId.of("moschato-tavros"));
        assertThat(KentraClaims.belongsTo(jwt, TenantId.of("moschato-tavros"))).isTrue();
        assertThat(KentraClaims.belongsTo(jwt, TenantId.of("elefsina"))).isFalse();
    }

    @Test
    void readsOrganizationClaimAsMapKeyedByAlias() {
        Jwt jwt = token(Map.of("organization", Map.of("elefsina", Map.of("id", "42"))));
        assertThat(KentraClaims.tenants(jwt)).containsExactly(TenantId.of("elefsina"));
    }

    @Test
    void dropsMalformedAliasesAndMissingClaim() {
        assertThat(KentraClaims.tenants(token(Map.of("organization", List.of("../etc", "Bad Name", 7))))).isEmpty();
        assertThat(KentraClaims.tenants(token(Map.of()))).isEmpty();
    }

    @Test
    void mapsRealmRolesToAuthoritiesIgnoringUnknownOnes() {
        Jwt jwt = token(Map.of("realm_access", Map.of("roles", List.of("social-worker", "offline_access"))));
        assertThat(new RealmRoleAuthorities().convert(jwt)).extracting(Object::toString)
                .containsExactly("ROLE_SOCIAL_WORKER");
    }

    @Test
    void readsRegionClaim() {
        assertThat(KentraClaims.region(token(Map.of("region", "attica")))).contains("attica");
        assertThat(KentraClaims.region(token(Map.of("region", List.of("thessaly"))))).contains("thessaly");
        assertThat(KentraClaims.region(token(Map.of()))).isEmpty();
    }
}
