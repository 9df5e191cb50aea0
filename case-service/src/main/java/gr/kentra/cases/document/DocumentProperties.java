package gr.kentra.cases.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kentra.documents.public-url}: the platform's public address (the gateway), printed on each document
 * before {@code /verify/{code}} so that whoever holds it can check it.
 */
@ConfigurationProperties("kentra.documents")
record DocumentProperties(@DefaultValue("http://localhost:8080") String publicUrl) {

    String verifyUrl(String code) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify/" + code;
    }
}
