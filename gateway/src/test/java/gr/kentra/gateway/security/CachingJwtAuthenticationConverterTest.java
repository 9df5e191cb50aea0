package gr.kentra.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.commons.security.VerifiedTokenCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;

/**
 * Roles mapped once per verified token, behind the gateway's real decoder path (Nimbus with its verified-token
 * cache): each request still gets the authentication Spring Security's own converter would have made.
 */
class CachingJwtAuthenticationConverterTest {

    private static final List<String> ROLES = List.of("social-worker", "psychologist", "coordinator", "admin-staff",
            "platform-admin", "offline_access");

    private static final Instant ISSUED = Instant.now();

    private final AtomicInteger mappings = new AtomicInteger();
    private final RealmRoleAuthorities roles = new RealmRoleAuthorities();
    private final CachingJwtAuthenticationConverter converter = new CachingJwtAuthenticationConverter(jwt -> {
        mappings.incrementAndGet();
        return roles.convert(jwt);
    });
    private final ReactiveJwtAuthenticationConverter spring = new ReactiveJwtAuthenticationConverter();
    private RSAKey key;
    private CachingReactiveJwtDecoder decoder;

    @BeforeEach
    void decoder() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        decoder = new CachingReactiveJwtDecoder(NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build(),
                new VerifiedTokenCache());
        spring.setJwtGrantedAuthoritiesConverter(new ReactiveJwtGrantedAuthoritiesConverterAdapter(roles));
    }

    @Test
    void mapsATokensRolesOnceAndGivesEveryRequestItsOwnAuthentication() throws JOSEException {
        String token = token("worker-1", List.of("social-worker", "offline_access"));

        List<AbstractAuthenticationToken> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(converter.convert(decoder.decode(token).block()).block());
        }

        assertThat(mappings).hasValue(1);
        assertThat(requests.subList(1, requests.size()))
                .allSatisfy(later -> assertThat(later).isNotSameAs(requests.get(0)));
        assertThat(requests).allSatisfy(authentication -> {
            assertThat(authentication).isInstanceOf(JwtAuthenticationToken.class);
            assertThat(authentication.isAuthenticated()).isTrue();
            assertThat(authentication.getName()).isEqualTo("worker-1");
            assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_SOCIAL_WORKER");
            assertThat(((JwtAuthenticationToken) authentication).getToken().getTokenValue()).isEqualTo(token);
        });
    }

    @Test
    void everyRequestGetsWhatSpringSecuritysConverterGivesForItsOwnToken() throws JOSEException {
        Random random = new Random(15);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> some = ROLES.stream().filter(role -> random.nextBoolean()).toList();
            tokens.add(token("person-" + i, some));
        }

        for (int request = 0; request < 400; request++) {
            Jwt jwt = decoder.decode(tokens.get(random.nextInt(tokens.size()))).block();
            AbstractAuthenticationToken cached = converter.convert(jwt).block();
            AbstractAuthenticationToken expected = spring.convert(jwt).block();

            assertThat(cached.getName()).isEqualTo(expected.getName());
            assertThat(cached.getAuthorities()).containsExactlyElementsOf(expected.getAuthorities());
            assertThat(((JwtAuthenticationToken) cached).getToken()).isSameAs(jwt);
        }
        assertThat(mappings.get()).isLessThanOrEqualTo(tokens.size());
    }

    @Test
    void aTokenWithTheSameTextButAnotherVerificationIsMappedAgain() {
        Jwt first = jwt("same-text", "worker-1", List.of("social-worker"));
        Jwt other = jwt("same-text", "coordinator-1", List.of("coordinator"));
        assertThat(other).isEqualTo(first);

        assertThat(converter.convert(first).block().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_SOCIAL_WORKER");
        AbstractAuthenticationToken second = converter.convert(other).block();

        assertThat(second.getName()).isEqualTo("coordinator-1");
        assertThat(second.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_COORDINATOR");
        assertThat(mappings).hasValue(2);
    }

    @Test
    void namesEveryAuthenticationByItsTokensSubjectClaimAndNoneWithoutOne() throws JOSEException {
        // A person, a service's client-credentials token (Keycloak's service-account user as subject, no realm
        // roles), and a token without a subject (a client without Keycloak's "basic" scope): the rate limits key
        // on the name as they keyed on the claim.
        List<String> tokens = List.of(token("worker-1", List.of("social-worker")),
                signed(new JWTClaimsSet.Builder().subject("0b5e3c1e-service-account").claim("azp", "case-service")
                        .claim("client_id", "case-service").issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build()),
                signed(new JWTClaimsSet.Builder().claim("azp", "gateway").issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                        .claim("realm_access", Map.of("roles", List.of("coordinator"))).build()));

        for (int request = 0; request < 3 * tokens.size(); request++) {
            Jwt jwt = decoder.decode(tokens.get(request % tokens.size())).block();
            AbstractAuthenticationToken authentication = converter.convert(jwt).block();

            assertThat(authentication.getName()).isEqualTo(jwt.getSubject())
                    .isEqualTo(spring.convert(jwt).block().getName());
        }
        assertThat(converter.convert(decoder.decode(tokens.get(1)).block()).block().getName())
                .isEqualTo("0b5e3c1e-service-account");
        assertThat(converter.convert(decoder.decode(tokens.get(2)).block()).block().getName()).isNull();
    }

    /** Equal as tokens (text and times): only the object tells them apart, as the verified-token cache does. */
    private static Jwt jwt(String text, String subject, List<String> realmRoles) {
        return Jwt.withTokenValue(text).header("alg", "RS256").subject(subject)
                .claim("realm_access", Map.of("roles", realmRoles))
                .issuedAt(ISSUED).expiresAt(ISSUED.plusSeconds(300)).build();
    }

    private String token(String subject, List<String> realmRoles) throws JOSEException {
        return signed(new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("realm_access", Map.of("roles", realmRoles)).build());
    }

    private String signed(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
