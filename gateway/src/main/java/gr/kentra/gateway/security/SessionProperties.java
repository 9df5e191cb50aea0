package gr.kentra.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser sessions ({@code kentra.session.*}; application.yml hands both to {@code server.reactive.session.*}).
 *
 * @param idleTimeout  a session unused this long is gone (centres share PCs)
 * @param secureCookie mark the session and CSRF cookies {@code Secure}: on everywhere but the local plain-http
 *                     stack (a browser drops Secure cookies over http, so the local login would loop)
 */
@ConfigurationProperties("kentra.session")
record SessionProperties(Duration idleTimeout, boolean secureCookie) {

    SessionProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
    }
}
