package gr.kentra.commons.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestSizeLimitFilterTest {

    private static final int LIMIT = 1024;

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(LIMIT,
            (request, response, max) -> {
                response.setStatus(413);
                response.getWriter().write("too large: " + max);
            });

    /** Reads the whole body as a JSON reader would, and answers 400 for a body it could not read, as MVC does. */
    private static FilterChain readingAll(AtomicBoolean reachedTheEnd) {
        return (request, response) -> {
            try {
                request.getInputStream().readAllBytes();
                reachedTheEnd.set(true);
                ((jakarta.servlet.http.HttpServletResponse) response).setStatus(200);
            } catch (IOException unreadable) {
                ((jakarta.servlet.http.HttpServletResponse) response).setStatus(400);
                response.getWriter().write("{\"detail\":\"unreadable\"}");
            }
        };
    }

    @Test
    void refusesADeclaredLengthAboveTheLimitBeforeAnythingReadsIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/beneficiaries");
        request.setContent(new byte[LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean read = new AtomicBoolean();

        filter.doFilter(request, response, readingAll(read));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(read).isFalse();
    }

    @Test
    void refusesAStreamedBodyWithoutALengthOnceItPassesTheLimitEvenIfTheReaderAnsweredOtherwise() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/beneficiaries") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[LIMIT * 5]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean read = new AtomicBoolean();

        filter.doFilter(request, response, readingAll(read));

        assertThat(read).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).isEqualTo("too large: " + LIMIT).doesNotContain("unreadable");
    }

    @Test
    void letsABodyAtTheLimitThrough() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/beneficiaries");
        request.setContent(new byte[LIMIT]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean read = new AtomicBoolean();

        filter.doFilter(request, response, readingAll(read));

        assertThat(read).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
