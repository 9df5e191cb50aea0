package gr.kentra.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;

import gr.kentra.commons.security.RealmRoleAuthorities;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests by a named staff member of a centre, for features where who you are matters, not only your role
 * (a session's author, one's own agenda).
 */
public final class NamedStaff {

    private NamedStaff() {
    }

    public static MockHttpServletRequestBuilder as(String tenant, String username, String role,
            MockHttpServletRequestBuilder request, String json) {
        request.header("X-Kentra-Tenant", tenant)
                .with(jwt().jwt(jwt -> jwt.subject("id-" + username).claim("preferred_username", username)
                                .claim("organization", List.of(tenant))
                                .claim("realm_access", Map.of("roles", List.of(role))))
                        .authorities(new RealmRoleAuthorities()));
        return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
