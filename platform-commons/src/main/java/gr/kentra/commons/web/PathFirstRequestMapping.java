package gr.kentra.commons.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup with the path tried first. A path with a variable ({@code /api/beneficiaries/{id}}) has
 * no direct entry, so Spring tries every mapping of the service in turn, and {@link RequestMappingInfo} checks the
 * method, parameters, headers, content types and the CORS pre-flight on each before it looks at the path, which
 * rules out nearly all of them at once. That walk was 12 % of case-service's CPU per record read under C2 (issue 15,
 * BENCHMARKS.md). A mapping whose paths cannot match is now ruled out by them alone; every other mapping is matched
 * exactly as Spring matches it, so the same handler answers (or the same 404, 405, 406, 415), which
 * {@code PathFirstRequestMappingTest} holds to Spring's own mapping over seeded requests.
 */
final class PathFirstRequestMapping extends RequestMappingHandlerMapping {

    @Override
    protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        // The path Spring parsed for this lookup, read once per mapping (each read goes through the request wrappers).
        if (paths != null && !paths.getPatterns().isEmpty()
                && request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath path
                && !anyMatches(paths, path.pathWithinApplication())) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** As the condition's own check, without building the set of matching patterns it keeps for a match. */
    private static boolean anyMatches(PathPatternsRequestCondition paths, PathContainer path) {
        for (PathPattern pattern : paths.getPatterns()) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
