package gr.kentra.commons.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A servlet service's decoder with a {@link VerifiedTokenCache} in front: the first request with a token runs
 * every check of {@code delegate}; later ones with the very same token, until it expires, get the same verified
 * token back. Authorisation (roles, the centre) still runs on every request from the token's claims.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokenCache cache;

    public CachingJwtDecoder(JwtDecoder delegate, VerifiedTokenCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        cache.put(token, jwt);
        return jwt;
    }
}
