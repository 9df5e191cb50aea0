package gr.kentra.commons.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import gr.kentra.commons.web.locale.ChosenLanguageResolver;
import gr.kentra.commons.web.locale.LocaleProperties;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat refuses before any servlet sees it (a path whose bytes are not UTF-8, an encoded NUL) is answered as a
 * problem in the caller's language, not as Tomcat's HTML page (issue 11). A real embedded Tomcat, as in the services.
 */
class ProblemReportValveTest {

    @TempDir
    Path base;

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.error.title", Locale.ENGLISH, "Request not processed");
        messages.addMessage("problem.error.detail", Locale.ENGLISH, "The request could not be processed.");
        messages.addMessage("problem.error.title", Locale.forLanguageTag("el"), "Το αίτημα δεν εξυπηρετήθηκε");
        messages.addMessage("problem.error.detail", Locale.forLanguageTag("el"), "Δεν ήταν δυνατό.");
        return messages;
    }

    private Tomcat tomcat(boolean withProblems) throws LifecycleException, IOException {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createDirectories(base.resolve("tomcat")).toString());
        tomcat.setPort(0);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "ok", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                response.setStatus(204);
            }
        });
        context.addServletMappingDecoded("/*", "ok");
        tomcat.getConnector();
        if (withProblems) {
            ProblemReportValve.replaceIn(tomcat.getHost(), new Problems(messages(),
                    new ChosenLanguageResolver(new LocaleProperties("lang", "/", List.of())), JsonMapper.builder().build()));
        }
        tomcat.start();
        return tomcat;
    }

    private static String send(Tomcat tomcat, String path, String language) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", tomcat.getConnector().getLocalPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void tomcatAloneAnswersAMalformedPathWithItsHtmlPage() throws Exception {
        Tomcat tomcat = tomcat(false);
        try {
            assertThat(send(tomcat, "/t/x/api/%C0%AF", "en")).startsWith("HTTP/1.1 400").contains("text/html");
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    @Test
    void aPathTomcatRefusesIsAnsweredAsAProblemInTheCallersLanguage() throws Exception {
        Tomcat tomcat = tomcat(true);
        try {
            for (String path : new String[] {"/t/x/api/%C0%AF", "/t/x/api/%C0%80", "/api/a%00b", "/api/%ED%A0%80",
                    "/api/%FE"}) {
                String answer = send(tomcat, path, "en");
                assertThat(answer).as(path).startsWith("HTTP/1.1 400")
                        .containsIgnoringCase("Content-Type: application/problem+json")
                        .contains("\"status\":400", "Request not processed")
                        .doesNotContain("<html", "Tomcat", "Exception", "org.apache");
            }
            assertThat(send(tomcat, "/t/x/api/%C0%AF", "el")).contains("Το αίτημα δεν εξυπηρετήθηκε");
            assertThat(send(tomcat, "/api/beneficiaries", "en")).startsWith("HTTP/1.1 204");
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }
}
