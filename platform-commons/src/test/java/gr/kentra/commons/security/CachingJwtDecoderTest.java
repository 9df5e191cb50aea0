package gr.kentra.commons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The verified-token cache in front of a real Nimbus decoder with the services' own validators. */
class CachingJwtDecoderTest {

    private static final String ISSUER = "http://localhost:8180/realms/kentra";
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final AtomicInteger verifications = new AtomicInteger();
    private RSAKey key;
    private CachingJwtDecoder decoder;

    @BeforeEach
    void decoder() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        decoder = decoder(key.toRSAPublicKey(), new VerifiedTokenCache(100, clock), Duration.ZERO);
    }

    private CachingJwtDecoder decoder(RSAPublicKey publicKey, VerifiedTokenCache cache, Duration skew) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(publicKey).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(skew);
        timestamps.setClock(clock);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        return new CachingJwtDecoder(counting, cache);
    }

    private String token(RSAKey signer, String user, String centre, Instant expiresAt) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(user)
                .issueTime(Date.from(expiresAt.minusSeconds(300))).expirationTime(Date.from(expiresAt))
                .claim("organization", List.of(centre)).claim("preferred_username", user).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    @Test
    void verifiesATokenOnceAndServesTheSameTokenUntilItExpires() throws Exception {
        String token = token(key, "u1", "elefsina", T0.plusSeconds(300));

        Jwt first = decoder.decode(token);
        clock.advance(Duration.ofSeconds(299));
        Jwt again = decoder.decode(token);

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void refusesAnExpiredTokenThatWasCachedWhileValid() throws Exception {
        String token = token(key, "u1", "elefsina", T0.plusSeconds(60));
        decoder.decode(token);

        clock.advance(Duration.ofSeconds(61));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void honoursTheClockSkewAsBeforeButNeverCachesPastExpiry() throws Exception {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, clock);
        CachingJwtDecoder skewed = decoder(key.toRSAPublicKey(), cache, Duration.ofSeconds(30));
        String token = token(key, "u1", "elefsina", T0.plusSeconds(60));
        clock.advance(Duration.ofSeconds(70));

        assertThat(skewed.decode(token).getSubject()).isEqualTo("u1");
        assertThat(cache.size()).isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> skewed.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void refusesACachedTokenWhosePayloadWasSwappedForAnotherCentres() throws Exception {
        String mine = token(key, "u1", "elefsina", T0.plusSeconds(300));
        String other = token(key, "u2", "mouzaki", T0.plusSeconds(300));
        decoder.decode(mine);
        decoder.decode(other);
        String[] a = mine.split("\\.");
        String[] b = other.split("\\.");

        // Another centre's claims under my signature, and my claims under theirs: both are new tokens, both refused.
        assertThatThrownBy(() -> decoder.decode(a[0] + "." + b[1] + "." + a[2])).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(b[0] + "." + a[1] + "." + b[2])).isInstanceOf(BadJwtException.class);
    }

    @Test
    void refusesATokenSignedByAnotherKeyWithTheSameKeyId() throws Exception {
        RSAKey forged = new RSAKeyGenerator(2048).keyID("k1").generate();
        decoder.decode(token(key, "u1", "elefsina", T0.plusSeconds(300)));

        assertThatThrownBy(() -> decoder.decode(token(forged, "u1", "elefsina", T0.plusSeconds(300))))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void neverServesOneCentresTokenForAnotherRequestsIdentity() throws Exception {
        java.util.Random random = new java.util.Random(Long.getLong("kentra.seed", System.nanoTime()));
        long seed = random.nextLong();
        random.setSeed(seed);
        List<String> centres = List.of("elefsina", "mouzaki", "nea-smyrni", "moschato-tavros");
        List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tokens.add(token(key, "user-" + i, centres.get(i % centres.size()), T0.plusSeconds(300)));
        }
        for (int n = 0; n < 500; n++) {
            int i = random.nextInt(tokens.size());
            Jwt jwt = decoder.decode(tokens.get(i));
            assertThat(jwt.getSubject()).as("seed %d", seed).isEqualTo("user-" + i);
            assertThat(KentraClaims.tenants(jwt)).as("seed %d", seed)
                    .containsExactly(TenantId.of(centres.get(i % centres.size())));
            assertThat(jwt.getTokenValue()).as("seed %d", seed).isEqualTo(tokens.get(i));
        }
        assertThat(verifications).hasValue(tokens.size());
    }

    @Test
    void keepsNoMoreTokensThanItsBoundAndStillVerifiesTheRest() throws Exception {
        VerifiedTokenCache cache = new VerifiedTokenCache(3, clock);
        CachingJwtDecoder bounded = decoder(key.toRSAPublicKey(), cache, Duration.ZERO);
        for (int i = 0; i < 10; i++) {
            String token = token(key, "user-" + i, "elefsina", T0.plusSeconds(60 + i));
            assertThat(bounded.decode(token).getSubject()).isEqualTo("user-" + i);
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
        clock.advance(Duration.ofSeconds(70));
        String late = token(key, "late", "elefsina", T0.plusSeconds(600));
        bounded.decode(late);
        assertThat(cache.size()).as("expired tokens make room").isEqualTo(1);
        assertThat(cache.get(late)).isNotNull();
    }

    @Test
    void neverCachesARefusal() throws Exception {
        String expired = token(key, "u1", "elefsina", T0.minusSeconds(1));

        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(2);
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
