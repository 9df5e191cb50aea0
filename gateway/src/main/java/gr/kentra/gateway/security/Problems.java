package gr.kentra.gateway.security;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * The gateway's own refusals as RFC 9457 problems. The bodies are constants: a refusal never echoes the
 * tenant or the path, so a 403 for an unknown centre is byte-for-byte the 403 for someone else's centre.
 */
public final class Problems {

    static final byte[] UNAUTHORIZED = ("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"A valid access token is required.\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] NOT_A_MEMBER = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"You are not a member of this centre.\"}").getBytes(StandardCharsets.UTF_8);
    static final byte[] FORBIDDEN = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"You may not do this.\"}").getBytes(StandardCharsets.UTF_8);

    private Problems() {
    }

    public static Mono<Void> notAMember(ServerHttpResponse response) {
        return write(response, HttpStatus.FORBIDDEN, NOT_A_MEMBER);
    }

    static Mono<Void> write(ServerHttpResponse response, HttpStatus status, byte[] body) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
