package gr.kentra.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.MethodNotAllowedException;

class ProblemErrorHandlerTest {

    private final ProblemErrorHandler handler = new ProblemErrorHandler(io.micrometer.tracing.Tracer.NOOP);

    @Test
    void answersAFailureWithAProblemThatNamesNoCause() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/t/mouzaki/api/x")
                .header("Accept-Language", "en"));
        exchange.getResponse().getHeaders().set("X-Request-Id", "trace-1");
        exchange.getResponse().getHeaders().set("X-Backend", "http://10.0.0.7:8082");

        handler.handle(exchange, new IllegalStateException("gr.kentra.secret.Thing at /opt/kentra")).block();

        String body = exchange.getResponse().getBodyAsString().block();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getHeaders().getFirst("X-Request-Id")).isEqualTo("trace-1");
        assertThat(exchange.getResponse().getHeaders().getFirst("X-Backend")).isNull();
        assertThat(body).contains("\"status\":500", "could not be completed")
                .doesNotContain("IllegalState").doesNotContain("gr.kentra").doesNotContain("/opt");
    }

    @Test
    void keepsTheStatusOfARefusalInGreekByDefault() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/x"));

        handler.handle(exchange, new MethodNotAllowedException("TRACE", java.util.List.of())).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":405", "Μη επιτρεπτή μέθοδος");
    }

    @Test
    void answersAServiceThatCannotBeReachedAsUnavailable() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/admin/"));

        handler.handle(exchange, new java.net.ConnectException("Connection refused: localhost/127.0.0.1:8081")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":503").doesNotContain("8081");
    }
}
