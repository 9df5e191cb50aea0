package gr.kentra.commons.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Asks the application's controllers before the actuator's endpoints. Spring Boot orders the endpoints' handler
 * mappings first (-100), so every centre request walked all of their mappings and matched none before its own
 * controller was looked up (2.4 % of case-service's CPU per record read, session 14's profile). No controller here
 * answers under the endpoints' base path, so the order changes which mapping finds an endpoint, not which handler
 * answers; an endpoint request now also passes the application's (indexed) lookup, which finds nothing.
 * <p>
 * Identified by package, since this module does not depend on the actuator; only mappings ordered before the
 * controllers are moved, to just after them and before the welcome page and static resources (Spring's functional
 * routes, -1, stay first: without a route they cost nothing).
 */
final class EndpointMappingsLast implements BeanPostProcessor {

    static final String ENDPOINT_MAPPINGS = "org.springframework.boot.webmvc.actuate.endpoint.web.";

    /** Right after {@code RequestMappingHandlerMapping} (0); the welcome page's mapping is 2. */
    static final int AFTER_CONTROLLERS = 1;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractHandlerMapping mapping && mapping.getOrder() < 0 && isEndpointMapping(mapping)) {
            mapping.setOrder(AFTER_CONTROLLERS);
        }
        return bean;
    }

    private static boolean isEndpointMapping(Object mapping) {
        for (Class<?> type = mapping.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().startsWith(ENDPOINT_MAPPINGS)) {
                return true;
            }
        }
        return false;
    }
}
