package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/** No body over the limit (2 MB by default) reaches a service: 413 problem, by length or while streaming. */
class BodyLimitTest extends GatewayTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    @Test
    void refusesABodyDeclaredOverTheLimitWith413() {
        String body = body(post(bytes(LIMIT + 1), "el").expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(body).contains("\"status\":413", "μέγεθος");
        assertThat(CASES.last()).isNull();
    }

    @Test
    void cutsAChunkedBodyThatPassesTheLimitWhileStreaming() {
        Flux<DataBuffer> chunks = Flux.range(0, 40).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(bytes(64 * 1024)));

        String body = body(client().post().uri("/t/mouzaki/api/beneficiaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.member("mouzaki"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(body).contains("Payload too large");
        assertThat(CASES.last()).as("the service got no whole request").isNull();
    }

    @Test
    void relaysABodyUnderTheLimitWhole() {
        post(bytes(LIMIT - 1), "en").expectStatus().isOk();

        assertThat(CASES.last().body()).hasSize(LIMIT - 1);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(byte[] body, String language) {
        return client().post().uri("/t/mouzaki/api/beneficiaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.member("mouzaki"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
