package gr.kentra.gateway.security;

import gr.kentra.commons.security.VerifiedTokenCache;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's decoder with a {@link VerifiedTokenCache} in front: a token's first request runs every check of
 * {@code delegate} (signature, issuer, expiry); later ones with the very same token, until it expires, reuse the
 * verified token. case-service still checks the relayed token itself (its own cache, its own checks).
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokenCache cache;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, VerifiedTokenCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt cached = cache.get(token);
        if (cached != null) {
            return Mono.just(cached);
        }
        return delegate.decode(token).doOnNext(jwt -> cache.put(token, jwt));
    }
}
