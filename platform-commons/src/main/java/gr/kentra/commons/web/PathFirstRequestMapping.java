package gr.kentra.commons.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
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
 * BENCHMARKS.md), and walking the ~160 mappings themselves still 10 % once the path came first.
 * <p>
 * So the mappings are indexed by the first segments of their paths ({@link Candidates}): a request is matched
 * against the mappings whose leading literal segments and single variables fit its own, and a mapping whose paths
 * cannot match is ruled out by them alone; each remaining mapping is matched exactly as Spring matches it. Whatever
 * the index does not decide on its own goes to Spring's whole walk: a path with a direct entry, a CORS pre-flight,
 * no match (Spring's 404, 405, 406 or 415 comes from all the mappings), two equally good matches (Spring's error).
 * The same handler answers every request, which {@code PathFirstRequestMappingTest} holds to Spring's own mapping
 * over seeded requests.
 */
final class PathFirstRequestMapping extends RequestMappingHandlerMapping {

    /** Changes to the registered mappings: an index built from an older set is built again. */
    private final AtomicLong registrations = new AtomicLong();
    private volatile @Nullable Candidates candidates;

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        registrations.incrementAndGet();
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        registrations.incrementAndGet();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        registrations.incrementAndGet();
    }

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        Candidates index = candidates();
        if (index == null || index.direct.contains(lookupPath) || CorsUtils.isPreFlightRequest(request)
                || !(request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath path)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<RequestMappingInfo> possible = index.possibleFor(path.pathWithinApplication());
        if (possible == null) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        RequestMappingInfo best = null;
        RequestMappingInfo bestMapping = null;
        Comparator<RequestMappingInfo> order = null;
        boolean tied = false;
        for (RequestMappingInfo mapping : possible) {
            RequestMappingInfo match = getMatchingMapping(mapping, request);
            if (match == null) {
                continue;
            }
            if (best == null) {
                best = match;
                bestMapping = mapping;
                continue;
            }
            order = order != null ? order : getMappingComparator(request);
            int compared = order.compare(match, best);
            if (compared < 0) {
                best = match;
                bestMapping = mapping;
                tied = false;
            } else if (compared == 0) {
                tied = true;
            }
        }
        if (best == null || tied) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        HandlerMethod handler = index.handlers.get(bestMapping);
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        handleMatch(best, lookupPath, request);
        return handler;
    }

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

    /** The index of the mappings registered now, or none when their patterns are not the parser's case-sensitive ones. */
    private @Nullable Candidates candidates() {
        long version = registrations.get();
        Candidates index = candidates;
        if (index != null && index.version == version) {
            return index;
        }
        Map<RequestMappingInfo, HandlerMethod> handlers = getHandlerMethods();
        index = getPatternParser() != null && getPatternParser().isCaseSensitive()
                ? Candidates.of(version, handlers, this::getDirectPaths) : null;
        candidates = index;
        return index;
    }

    /**
     * The mappings by the leading segments of their path patterns, as a tree of at most {@link #DEPTH} levels: a
     * pattern goes down by its literal segments and its single-segment variables ({@code {id}}), and stays at the
     * level of its first other segment ({@code **}, {@code {*rest}}, a regular expression, a partial wildcard) or
     * its end. A request path goes down by its own segments, taking at each level the literal child named by its
     * segment and the variable child; the mappings met on the way are the only ones whose patterns could match, since
     * a literal segment matches only itself (case-sensitive) and a variable exactly one segment.
     */
    private static final class Candidates {

        static final int DEPTH = 4;

        final long version;
        final Map<RequestMappingInfo, HandlerMethod> handlers;
        final Set<String> direct = new HashSet<>();
        final Node root = new Node();

        private Candidates(long version, Map<RequestMappingInfo, HandlerMethod> handlers) {
            this.version = version;
            this.handlers = handlers;
        }

        static @Nullable Candidates of(long version, Map<RequestMappingInfo, HandlerMethod> handlers,
                java.util.function.Function<RequestMappingInfo, Set<String>> directPaths) {
            Candidates index = new Candidates(version, handlers);
            for (RequestMappingInfo mapping : handlers.keySet()) {
                PathPatternsRequestCondition paths = mapping.getPathPatternsCondition();
                if (paths == null) {
                    return null;
                }
                index.direct.addAll(directPaths.apply(mapping));
                if (paths.getPatterns().isEmpty()) {
                    index.root.add(mapping);
                }
                for (PathPattern pattern : paths.getPatterns()) {
                    index.place(mapping, pattern.getPatternString());
                }
            }
            return index;
        }

        private void place(RequestMappingInfo mapping, String pattern) {
            Node node = root;
            if (pattern.startsWith("/")) {
                String[] segments = pattern.substring(1).split("/", -1);
                for (int i = 0; i < segments.length && i < DEPTH; i++) {
                    Node next = node.child(segments[i]);
                    if (next == null) {
                        break;
                    }
                    node = next;
                }
            }
            node.add(mapping);
        }

        /** The mappings whose patterns could match the path, or none for a path of a shape the tree does not read. */
        @Nullable List<RequestMappingInfo> possibleFor(PathContainer path) {
            List<PathContainer.Element> elements = path.elements();
            List<RequestMappingInfo> found = new ArrayList<>(root.mappings);
            List<Node> level = List.of(root);
            int at = 0;
            for (int depth = 0; depth < DEPTH && at < elements.size(); depth++) {
                if (!(elements.get(at) instanceof PathContainer.Separator)) {
                    return null;
                }
                at++;
                if (at == elements.size()) {
                    break;
                }
                // Two separators in a row (an empty segment): left to Spring's walk.
                if (!(elements.get(at) instanceof PathContainer.PathSegment segment)) {
                    return null;
                }
                at++;
                String value = segment.valueToMatch();
                List<Node> next = new ArrayList<>(2);
                for (Node node : level) {
                    Node literal = node.literals.get(value);
                    if (literal != null) {
                        next.add(literal);
                    }
                    if (node.variable != null && !value.isEmpty()) {
                        next.add(node.variable);
                    }
                }
                for (Node node : next) {
                    for (RequestMappingInfo mapping : node.mappings) {
                        // A mapping with several patterns can sit on two branches of one path.
                        if (!containsSame(found, mapping)) {
                            found.add(mapping);
                        }
                    }
                }
                level = next;
            }
            return found;
        }

        /**
         * By identity: each mapping is one object in the index, and {@link RequestMappingInfo#equals} compares every
         * condition (2.4 % of case-service's samples per read when the lookup used it).
         */
        private static boolean containsSame(List<RequestMappingInfo> mappings, RequestMappingInfo mapping) {
            for (RequestMappingInfo each : mappings) {
                if (each == mapping) {
                    return true;
                }
            }
            return false;
        }

        private static final class Node {

            final Map<String, Node> literals = new HashMap<>();
            @Nullable Node variable;
            final List<RequestMappingInfo> mappings = new ArrayList<>();

            void add(RequestMappingInfo mapping) {
                if (!mappings.contains(mapping)) {
                    mappings.add(mapping);
                }
            }

            /** The child a pattern's segment goes down to, or none when the segment is not literal or a variable. */
            @Nullable Node child(String segment) {
                if (isLiteral(segment)) {
                    return literals.computeIfAbsent(segment, s -> new Node());
                }
                if (isVariable(segment)) {
                    if (variable == null) {
                        variable = new Node();
                    }
                    return variable;
                }
                return null;
            }

            private static boolean isLiteral(String segment) {
                if (segment.isEmpty()) {
                    return false;
                }
                for (int i = 0; i < segment.length(); i++) {
                    if ("{}*?%;\\".indexOf(segment.charAt(i)) >= 0) {
                        return false;
                    }
                }
                return true;
            }

            /** {@code {name}}: one whole segment, no regular expression, not a capture of the rest. */
            private static boolean isVariable(String segment) {
                if (segment.length() < 3 || segment.charAt(0) != '{' || segment.charAt(segment.length() - 1) != '}') {
                    return false;
                }
                for (int i = 1; i < segment.length() - 1; i++) {
                    if ("{}*:".indexOf(segment.charAt(i)) >= 0) {
                        return false;
                    }
                }
                return true;
            }
        }
    }
}
