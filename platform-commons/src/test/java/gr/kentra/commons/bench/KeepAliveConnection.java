package gr.kentra.commons.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

/**
 * One load client's HTTP/1.1 connection, kept open between requests: the request written in one piece, the answer
 * read by its framing (Content-Length, chunked, or to the end of a connection the server closes). The load
 * generator shares the two cores with the platform it measures, as pgbench shares them with PostgreSQL: the JDK's
 * {@code HttpClient} (its selector thread, futures and header maps) spent 0.19-0.22 ms of CPU per request in the
 * platform benchmark, an eighth of the whole machine's time per read, which the platform's figures then paid for;
 * this spends about 0.02 ms (measured side by side against one server). Plain HTTP only: the benchmarks talk to
 * the local stack.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** The answer's status and, where it is not a success, its body (for the first error's sample). */
    record Answer(int status, String errorBody) {
    }

    private final Duration timeout;
    private InetSocketAddress address;
    private Socket socket;
    /** A byte of the answer arrived: from then on a failure is not retried (the server may have acted on it). */
    private boolean answerStarted;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(Duration timeout) {
        this.timeout = timeout;
    }

    /** Sends {@code request} and reads its whole answer; a connection the server closed is opened again once. */
    Answer send(HttpRequest request) throws IOException {
        byte[] bytes = encode(request);
        InetSocketAddress target = new InetSocketAddress(request.uri().getHost(), port(request.uri()));
        boolean reused = socket != null && target.equals(address);
        if (!reused) {
            open(target);
        }
        try {
            return exchange(bytes);
        } catch (EOFException | java.net.SocketException closed) {
            if (!reused || answerStarted) {
                throw closed;
            }
            // The server closed the kept connection before this request reached it (an idle timeout): nothing was
            // answered, so nothing was done; once more, on a new connection.
            open(target);
            return exchange(bytes);
        }
    }

    /** One request and its answer; any failure closes the connection, whose state is then unknown. */
    private Answer exchange(byte[] request) throws IOException {
        answerStarted = false;
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        } catch (RuntimeException malformed) {
            // A status or header line that is not HTTP's: an error of this request, the connection dropped.
            close();
            throw new IOException("Malformed answer: " + malformed, malformed);
        }
    }

    private void open(InetSocketAddress target) throws IOException {
        close();
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(target, (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        address = target;
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    static byte[] encode(HttpRequest request) throws IOException {
        URI uri = request.uri();
        byte[] body = body(request);
        StringBuilder head = new StringBuilder(512).append(request.method()).append(' ')
                .append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(port(uri)).append("\r\n");
        request.headers().map().forEach((name, values) -> values.forEach(value ->
                head.append(name).append(": ").append(value).append("\r\n")));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : 80;
    }

    /** The request's body as bytes, or null for none (a GET); the JDK's publishers hand it over synchronously. */
    private static byte[] body(HttpRequest request) throws IOException {
        if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        try {
            done.get();
        } catch (ExecutionException e) {
            throw new IOException("The request's body could not be read", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading the request's body", e);
        }
        return bytes.toByteArray();
    }

    private Answer read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = statusLine.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        boolean success = status / 100 == 2;
        ByteArrayOutputStream errorBody = success ? null : new ByteArrayOutputStream();
        if (status == 204 || status == 304) {
            // No body by definition.
        } else if (chunked) {
            for (long size = Long.parseLong(chunkSize(line()), 16); size > 0;
                    size = Long.parseLong(chunkSize(line()), 16)) {
                skip(size, errorBody);
                line();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // Trailers: none expected, read past them.
            }
        } else if (length >= 0) {
            skip(length, errorBody);
        } else {
            skip(Long.MAX_VALUE, errorBody);
            closes = true;
        }
        if (closes) {
            close();
        }
        return new Answer(status, success ? null : errorBody.toString(StandardCharsets.UTF_8));
    }

    private static String chunkSize(String line) {
        int extension = line.indexOf(';');
        return (extension < 0 ? line : line.substring(0, extension)).strip();
    }

    /** Reads {@code count} bytes (or to the end), kept only where {@code keep} is given. */
    private void skip(long count, ByteArrayOutputStream keep) throws IOException {
        byte[] buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (count == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("The answer ended " + left + " bytes early");
            }
            if (keep != null) {
                keep.write(buffer, 0, n);
            }
            left -= n;
        }
    }

    /** One line without its CRLF (ISO-8859-1, as HTTP's head is). */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("The connection ended in an answer's head");
            }
            answerStarted = true;
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing: nothing more to read from it.
            }
            socket = null;
        }
    }
}
