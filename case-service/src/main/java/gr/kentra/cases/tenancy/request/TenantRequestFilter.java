package gr.kentra.cases.tenancy.request;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import gr.kentra.cases.tenancy.gate.FrozenTenantResponse;
import gr.kentra.cases.tenancy.gate.TenantFreezes;
import gr.kentra.cases.tenancy.lifecycle.CentreLifecycle;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.commons.security.KentraClaims;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.commons.web.KentraHeaders;
import gr.kentra.commons.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * Re-checks the tenant the gateway relayed in {@value #HEADER} against the token on every {@code /api/**}
 * request and every page under {@code /t/{tenant}/**}: the header alone never selects a tenant. A caller who is not a member, a malformed tenant id and
 * a tenant this service has not provisioned all get the same 403 body, so nothing reveals which tenants exist.
 * Placed in the security chain after authorisation; holds the tenant (in the logs' MDC too, beside the
 * trace and span ids that Micrometer Tracing puts there) for the length of the request only.
 */
public final class TenantRequestFilter extends OncePerRequestFilter {

    public static final String HEADER = KentraHeaders.TENANT;

    /** The same answer for an unknown centre and for someone else's: it never names the centre or the path. */
    static final String NOT_A_MEMBER = "problem.tenant.notMember";
    static final String MISSING_TENANT = "problem.tenant.headerRequired";

    private static final Logger ACCESS = LoggerFactory.getLogger("gr.kentra.cases.access");
    static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
    public static final RequestMatcher PAGES = PathPatternRequestMatcher.pathPattern("/t/**");

    private final TenantContext context;
    private final TenantRegistry registry;
    private final TenantFreezes freezes;
    private final FrozenTenantResponse frozen;
    private final CentreLifecycle lifecycle;
    private final LifecycleRefusals refusals;
    private final Problems problems;

    TenantRequestFilter(TenantContext context, TenantRegistry registry, TenantFreezes freezes,
            FrozenTenantResponse frozen, CentreLifecycle lifecycle, LifecycleRefusals refusals, Problems problems) {
        this.context = context;
        this.registry = registry;
        this.freezes = freezes;
        this.frozen = frozen;
        this.lifecycle = lifecycle;
        this.refusals = refusals;
        this.problems = problems;
    }

    /**
     * Decided on the decoded path, as authorisation and the handler mapping decide: {@code /%61pi/beneficiaries}
     * is {@code /api/beneficiaries} to them, so it is to this filter too.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(API.matches(request) || PAGES.matches(request));
    }

    /** The centre's pages keep the gateway's {@code /t/{tenant}} prefix: it must name the relayed tenant. */
    private static boolean pagePrefixMatches(HttpServletRequest request, String header) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !path.startsWith("/t/") || path.startsWith("/t/" + header + "/") || path.equals("/t/" + header);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            refuse(problems, request, response, HttpStatus.BAD_REQUEST, MISSING_TENANT);
            return;
        }
        if (!isMemberOfProvisioned(header) || !pagePrefixMatches(request, header)) {
            refuse(problems, request, response, HttpStatus.FORBIDDEN, NOT_A_MEMBER);
            return;
        }
        TenantId tenant = TenantId.of(header);
        // Only a member learns that the centre is suspended or archived.
        Optional<CentreLifecycle.Refusal> refusal = lifecycle.refusal(tenant);
        if (refusal.isPresent()) {
            refusals.write(request, response, refusal.get());
            return;
        }
        // Counted while the tenant is open, so that a move waits for this request; a frozen tenant only reads.
        boolean counted = freezes.enter(tenant);
        if (!counted && !isRead(request)) {
            frozen.write(request, response);
            return;
        }
        if (!counted) {
            freezes.enterFrozenRead(tenant);
        }
        long started = System.nanoTime();
        try {
            context.set(tenant);
            MDC.put("tenant", tenant.value());
            CentreRequestObservations.admitted(request, tenant.value());
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!FrozenTenantResponse.isFrozenRefusal(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            frozen.write(request, response);
        } finally {
            logAccess(request, response, started);
            MDC.remove("tenant");
            context.clear();
            if (counted) {
                freezes.leave(tenant);
            } else {
                freezes.leaveFrozenRead(tenant);
            }
        }
    }

    /**
     * One line per centre request on logger {@code gr.kentra.cases.access} at DEBUG (operators switch it on with
     * LOGGING_LEVEL_GR_KENTRA_CASES_ACCESS=DEBUG): the route template, never the path with its ids nor the query
     * with its search terms; the centre, trace and span come with the MDC.
     */
    private static void logAccess(HttpServletRequest request, HttpServletResponse response, long started) {
        if (ACCESS.isDebugEnabled()) {
            Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            ACCESS.debug("{} {} {} {} ms", request.getMethod(), route == null ? "(no route)" : route,
                    response.getStatus(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private boolean isMemberOfProvisioned(String header) {
        if (!TenantId.isValid(header)
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return false;
        }
        TenantId tenant = TenantId.of(header);
        return KentraClaims.belongsTo(token.getToken(), tenant) && registry.isReady(tenant);
    }

    /**
     * The filter's own refusals, in the request's language; their {@code type} is stated ({@code about:blank}), as
     * the gateway's refusals of the same requests state it.
     */
    static void refuse(Problems problems, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detailCode) throws IOException {
        ProblemDetail problem = problems.of(status, detailCode, problems.localeOf(request));
        problem.setType(URI.create("about:blank"));
        problems.write(response, problem);
    }
}
