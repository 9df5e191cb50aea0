package gr.kentra.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A path Tomcat refuses before any servlet sees it is answered as a problem, not Tomcat's HTML page (issue 11):
 * StrictInput's valve is in place in the running service (the same context as {@link SlowUploadTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.connection-timeout=1s")
class ContainerRefusalTest extends CaseServiceIntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void aPathWhoseBytesAreNotUtf8IsRefusedWithAProblem() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /t/x/api/%C0%AF HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400").doesNotContain("<html", "Tomcat", "org.apache");
        }
    }
}
