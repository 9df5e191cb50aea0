package gr.kentra.commons.security;

import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps Kentra's realm roles to Spring authorities ({@code ROLE_SOCIAL_WORKER}, ...). Unknown realm roles
 * (Keycloak's own {@code offline_access} etc.) are ignored. Use with {@code JwtAuthenticationConverter}.
 */
public final class RealmRoleAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = KentraClaims.realmRoles(jwt).stream()
                .flatMap(role -> KentraRole.fromRealmRole(role).stream())
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }
}
