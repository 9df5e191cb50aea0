package gr.kentra.cases.tenancy.request;

import io.micrometer.common.KeyValues;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * {@code http.server.requests} with a {@code centre} tag: the slug of the centre the request was admitted to
 * (TenantRequestFilter sets it only after the membership and provisioning checks, so only registered slugs appear,
 * never an id or a raw path), {@value #NONE} for everything else.
 */
@Component
class CentreRequestObservations extends DefaultServerRequestObservationConvention {

    static final String TAG = "centre";
    static final String NONE = "none";
    private static final String ATTRIBUTE = CentreRequestObservations.class.getName() + ".centre";

    static void admitted(HttpServletRequest request, String centre) {
        request.setAttribute(ATTRIBUTE, centre);
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        Object centre = context.getCarrier().getAttribute(ATTRIBUTE);
        return super.getLowCardinalityKeyValues(context).and(TAG, centre instanceof String slug ? slug : NONE);
    }
}
