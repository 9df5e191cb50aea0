package gr.kentra.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import gr.kentra.commons.security.VerifiedTokenCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The gateway's verified-token cache in front of a real Nimbus decoder with the gateway's validators. */
class CachingReactiveJwtDecoderTest {

    private static final String ISSUER = "http://localhost:8180/realms/kentra";
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger verifications = new AtomicInteger();
    private RSAKey key;
    private CachingReactiveJwtDecoder decoder;

    @BeforeEach
    void decoder() throws JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        ReactiveJwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        decoder = new CachingReactiveJwtDecoder(counting, new VerifiedTokenCache(100, clock));
    }

    private String token(RSAKey signer, String user, String centre, Instant expiresAt) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(user).issueTime(Date.from(T0))
                .expirationTime(Date.from(expiresAt)).claim("organization", List.of(centre)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    @Test
    void verifiesATokenOnceUntilItExpiresThenRefusesIt() throws Exception {
        String token = token(key, "u1", "elefsina", T0.plusSeconds(60));

        Jwt first = decoder.decode(token).block();
        clock.now = T0.plusSeconds(59);
        assertThat(decoder.decode(token).block()).isSameAs(first);
        assertThat(verifications).hasValue(1);

        clock.now = T0.plusSeconds(61);
        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void refusesAnotherCentresClaimsUnderACachedTokensSignature() throws Exception {
        String mine = token(key, "u1", "elefsina", T0.plusSeconds(300));
        String other = token(key, "u2", "mouzaki", T0.plusSeconds(300));
        decoder.decode(mine).block();
        decoder.decode(other).block();
        String[] a = mine.split("\\.");
        String[] b = other.split("\\.");

        assertThatThrownBy(() -> decoder.decode(a[0] + "." + b[1] + "." + a[2]).block())
                .isInstanceOf(BadJwtException.class);
        assertThat(decoder.decode(other).block().getSubject()).isEqualTo("u2");
        assertThat(decoder.decode(mine).block().getSubject()).isEqualTo("u1");
    }

    @Test
    void refusesATokenSignedByAnotherKeyWithTheSameKeyId() throws Exception {
        RSAKey forged = new RSAKeyGenerator(2048).keyID("k1").generate();
        decoder.decode(token(key, "u1", "elefsina", T0.plusSeconds(300))).block();

        assertThatThrownBy(() -> decoder.decode(token(forged, "u1", "elefsina", T0.plusSeconds(300))).block())
                .isInstanceOf(BadJwtException.class);
    }

    /** A clock the test sets by hand. */
    static final class MovableClock extends Clock {
        Instant now = T0;

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
