package gr.kentra.commons.web.input;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body above {@code maxBytes} with 413: at once when {@code Content-Length} says so, and while
 * reading when the body is streamed without one (chunked) or is longer than it said. Whatever the code that was
 * reading made of the cut-off body (a 400 for broken JSON, say), the answer becomes the 413, as long as nothing has
 * been sent yet.
 */
public final class RequestSizeLimitFilter implements Filter {

    /** Writes the 413 problem in the caller's language. */
    @FunctionalInterface
    public interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException;
    }

    private final long maxBytes;
    private final Refusal refusal;

    public RequestSizeLimitFilter(long maxBytes, Refusal refusal) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The request size limit must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response);
            return;
        }
        Counted counted = new Counted(request, maxBytes);
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!counted.exceeded || response.isCommitted()) {
                throw e;
            }
        }
        if (counted.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The rest of the body is not read: the connection closes rather than swallowing megabytes.
        response.setHeader("Connection", "close");
        refusal.write(request, response, maxBytes);
    }

    /** Thrown to whatever reads past the limit. */
    public static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("Request body larger than " + maxBytes + " bytes");
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;
        private long read;
        private boolean exceeded;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8.name() : encoding));
        }

        private void count(long bytes) throws IOException {
            read += bytes;
            if (read > maxBytes) {
                exceeded = true;
                throw new TooLarge(maxBytes);
            }
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream delegate;

            CountingStream(ServletInputStream delegate) {
                this.delegate = delegate;
            }

            @Override
            public int read() throws IOException {
                int b = delegate.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = delegate.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return delegate.isFinished();
            }

            @Override
            public boolean isReady() {
                return delegate.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                delegate.setReadListener(listener);
            }
        }
    }
}
