package gr.kentra.commons.web.input;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON bodies are read through a strict UTF-8 check (RFC 3629): Jackson's own decoder takes overlong forms
 * ({@code C0 AF} as {@code /}) and encoded surrogates, which would then be stored changed. The check streams, so
 * the body is never buffered here; a bad byte fails the read with {@link InvalidUtf8}, answered as a 400.
 */
class StrictUtf8 extends OncePerRequestFilter {

    /** The body is not UTF-8: the read fails with this, the advice answers it. */
    static final class InvalidUtf8 extends IOException {

        InvalidUtf8(long offset) {
            super("invalid UTF-8 at byte " + offset, null);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                private ServletInputStream checked;

                @Override
                public ServletInputStream getInputStream() throws IOException {
                    if (checked == null) {
                        checked = new CheckedStream(super.getInputStream());
                    }
                    return checked;
                }
            }, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Passes bytes through while following the UTF-8 grammar; fails at the first byte outside it. */
    static final class CheckedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final Utf8Grammar grammar = new Utf8Grammar();

        CheckedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b < 0) {
                grammar.end();
            } else {
                grammar.accept(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                grammar.end();
            }
            for (int i = 0; i < n; i++) {
                grammar.accept(buffer[offset + i] & 0xFF);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** RFC 3629's table of well-formed byte sequences, one byte at a time. */
    static final class Utf8Grammar {

        private int needed;
        private int lower = 0x80;
        private int upper = 0xBF;
        private long offset;

        void accept(int b) throws InvalidUtf8 {
            if (needed == 0) {
                if (b <= 0x7F) {
                    offset++;
                    return;
                }
                lower = 0x80;
                upper = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    needed = 2;
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    needed = 3;
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    throw new InvalidUtf8(offset);
                }
            } else {
                if (b < lower || b > upper) {
                    throw new InvalidUtf8(offset);
                }
                lower = 0x80;
                upper = 0xBF;
                needed--;
            }
            offset++;
        }

        void end() throws InvalidUtf8 {
            if (needed != 0) {
                throw new InvalidUtf8(offset);
            }
        }
    }
}
