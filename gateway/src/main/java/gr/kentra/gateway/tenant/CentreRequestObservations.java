package gr.kentra.gateway.tenant;

import io.micrometer.common.KeyValues;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code http.server.requests} with a {@code centre} tag: the slug of the centre a member was let into
 * (TenantMembershipFilter, after the token named the caller a member of that Keycloak Organization, so only
 * registered slugs appear, never an id or a raw path), {@value #NONE} for everything else.
 */
@Component
public class CentreRequestObservations extends DefaultServerRequestObservationConvention {

    static final String TAG = "centre";
    static final String NONE = "none";
    private static final String ATTRIBUTE = CentreRequestObservations.class.getName() + ".centre";

    static void admitted(ServerWebExchange exchange, String centre) {
        exchange.getAttributes().put(ATTRIBUTE, centre);
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        Object centre = context.getAttributes().get(ATTRIBUTE);
        return super.getLowCardinalityKeyValues(context).and(TAG, centre instanceof String slug ? slug : NONE);
    }
}
