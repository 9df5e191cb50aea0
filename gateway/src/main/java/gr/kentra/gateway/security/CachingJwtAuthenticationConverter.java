package gr.kentra.gateway.security;

import java.util.Collection;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gr.kentra.commons.security.VerifiedTokenCache;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * A verified token's authentication, with its realm roles mapped to authorities once per token instead of once per
 * request (issue 15: the mapping was ~2.6 % of the gateway's CPU). Kept per verified {@link Jwt} object, compared by
 * identity (Caffeine's weak keys): {@link CachingReactiveJwtDecoder} hands out the same object for every request
 * with the very same token (found by its SHA-256 and compared whole) until the token expires, and a new object for
 * anything else, so a kept mapping can only ever be reused for the token it was computed from, and goes when the
 * verified token does. What {@code ReactiveJwtAuthenticationConverter} does, otherwise: the subject as the name, a
 * new authentication per request (it is mutable); only the immutable authorities and the name are shared.
 */
final class CachingJwtAuthenticationConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private record Mapped(List<GrantedAuthority> authorities, String name) {
    }

    private final Converter<Jwt, Collection<GrantedAuthority>> authorities;
    private final Cache<Jwt, Mapped> mapped = Caffeine.newBuilder().weakKeys()
            .maximumSize(VerifiedTokenCache.DEFAULT_MAX_TOKENS).build();

    CachingJwtAuthenticationConverter(Converter<Jwt, Collection<GrantedAuthority>> authorities) {
        this.authorities = authorities;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Mapped token = mapped.get(jwt, verified -> new Mapped(List.copyOf(authorities.convert(verified)),
                verified.getClaimAsString(JwtClaimNames.SUB)));
        return Mono.just(new JwtAuthenticationToken(jwt, token.authorities(), token.name()));
    }
}
