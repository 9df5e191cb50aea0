package gr.kentra.commons.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens that passed every check of a service's decoder (signature, issuer, expiry), kept until the token itself
 * expires so that a client's next requests with the same token skip the signature check (a fifth of a record
 * read's CPU, see BENCHMARKS.md). Keyed by the SHA-256 of the whole token, and a hit is returned only when the
 * kept token's text equals the one presented: a token changed in any byte (another centre's claim, another
 * signature) is a miss and goes through every check again. Bounded: when full, expired tokens are dropped and,
 * if it is still full, new tokens are checked every time rather than cached. Only successes are kept.
 */
public final class VerifiedTokenCache {

    /** Enough for every person signed in to a large cell at once; a kept token weighs a few KB. */
    public static final int DEFAULT_MAX_TOKENS = 4096;

    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();
    private final int maxTokens;
    private final Clock clock;

    public VerifiedTokenCache(int maxTokens, Clock clock) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
        this.maxTokens = maxTokens;
        this.clock = clock;
    }

    public VerifiedTokenCache() {
        this(DEFAULT_MAX_TOKENS, Clock.systemUTC());
    }

    /** The token as verified before, or null when it was not, or it has expired since (no skew here). */
    public Jwt get(String token) {
        String key = key(token);
        Jwt jwt = verified.get(key);
        if (jwt == null) {
            return null;
        }
        if (!jwt.getTokenValue().equals(token) || !live(jwt, clock.instant())) {
            verified.remove(key, jwt);
            return null;
        }
        return jwt;
    }

    /** Keeps a token that the decoder has just verified; a token without expiry is never kept. */
    public void put(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null || !jwt.getTokenValue().equals(token) || !live(jwt, clock.instant())) {
            return;
        }
        if (verified.size() >= maxTokens) {
            Instant now = clock.instant();
            verified.values().removeIf(kept -> !live(kept, now));
            if (verified.size() >= maxTokens) {
                return;
            }
        }
        verified.put(key(token), jwt);
    }

    public int size() {
        return verified.size();
    }

    private static boolean live(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt());
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
