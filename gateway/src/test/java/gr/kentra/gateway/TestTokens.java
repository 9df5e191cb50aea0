package gr.kentra.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak's signing side: an RSA key whose public half is served as a JWK set over HTTP,
 * so the gateway's real decoder fetches and checks it. Also makes the bad tokens a gateway must refuse.
 */
final class TestTokens implements AutoCloseable {

    private final RSAKey key = generate("kentra-test");
    private final RSAKey otherKey = generate("kentra-test");
    private final HttpServer jwks;

    TestTokens() {
        try {
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.createContext("/realms/kentra/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (GATEWAY_CLIENT + ":" + GATEWAY_SECRET).getBytes(StandardCharsets.UTF_8));
            byte[] answer;
            int status;
            if (basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && form.contains("grant_type=client_credentials")) {
                tokenRequests.incrementAndGet();
                answer = ("{\"access_token\":\"" + serviceToken() + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
                        .getBytes(StandardCharsets.UTF_8);
                status = 200;
            } else {
                answer = "{\"error\":\"unauthorized_client\"}".getBytes(StandardCharsets.UTF_8);
                status = 401;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        jwks.start();
    }

    static final String GATEWAY_CLIENT = "kentra-gateway";
    static final String GATEWAY_SECRET = "gateway-local-secret";
    private final java.util.concurrent.atomic.AtomicInteger tokenRequests = new java.util.concurrent.atomic.AtomicInteger();

    /** How many client-credentials tokens the token endpoint stand-in has handed out. */
    int tokenRequests() {
        return tokenRequests.get();
    }

    /** The gateway's own client-credentials token, as Keycloak issues it to the service account. */
    String serviceToken() {
        Instant expiry = Instant.now().plus(Duration.ofMinutes(5));
        return sign(key, new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("service-account-kentra-gateway")
                .claim("azp", GATEWAY_CLIENT)
                .claim("preferred_username", "service-account-kentra-gateway")
                .claim("realm_access", Map.of("roles", List.of("kentra-service")))
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(expiry))
                .build());
    }

    String issuer() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/realms/kentra";
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs";
    }

    String member(String... tenants) {
        return sign(key, claims(issuer(), Instant.now().plus(Duration.ofMinutes(5)), List.of(tenants), "social-worker"));
    }

    /** A member with their own subject: rate limits count per subject. */
    String memberAs(String subject, String... tenants) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(issuer(), Instant.now().plus(Duration.ofMinutes(5)),
                List.of(tenants), "social-worker")).subject(subject).build();
        return sign(key, claims);
    }

    /**
     * A member's token of the size and shape Keycloak issues for the web client (about 1,490 characters against
     * {@link #member}'s 660): what the benchmarks' per-byte work (the syntax check, the hash for the verified-token
     * cache, the relay) is measured on.
     */
    String keycloakSized(String tenant) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(issuer(), Instant.now().plus(Duration.ofMinutes(5)),
                List.of(tenant), "social-worker"))
                .subject("5d3c1f0e-8a47-4b6e-9d2a-7f1c3e5b9a04")
                .jwtID("onrtac:8e2f4b1a-6c3d-4e5f-9a8b-1c2d3e4f5a6b")
                .audience("account")
                .claim("typ", "Bearer").claim("azp", "kentra-gateway")
                .claim("sid", "0b7e4c2d-1f3a-4d5e-8c9b-2a1f3e4d5c6b").claim("acr", "1")
                .claim("allowed-origins", List.of("http://localhost:8080"))
                .claim("realm_access", Map.of("roles", List.of("social-worker", "offline_access", "uma_authorization",
                        "default-roles-kentra")))
                .claim("resource_access", Map.of("account", Map.of("roles",
                        List.of("manage-account", "manage-account-links", "view-profile"))))
                .claim("scope", "openid profile organization email")
                .claim("email_verified", false)
                .claim("name", "Μαρία Παπαδοπούλου").claim("given_name", "Μαρία")
                .claim("family_name", "Παπαδοπούλου").claim("email", "maria@" + tenant + ".kentra.example.gr")
                .build();
        return sign(key, claims);
    }

    String withRole(String role) {
        return sign(key, claims(issuer(), Instant.now().plus(Duration.ofMinutes(5)), List.of(), role));
    }

    String expired(String tenant) {
        return sign(key, claims(issuer(), Instant.now().minus(Duration.ofMinutes(10)), List.of(tenant), "social-worker"));
    }

    String fromAnotherIssuer(String tenant) {
        return sign(key, claims("http://evil.example/realms/kentra", Instant.now().plus(Duration.ofMinutes(5)),
                List.of(tenant), "social-worker"));
    }

    String signedByAnotherKey(String tenant) {
        return sign(otherKey, claims(issuer(), Instant.now().plus(Duration.ofMinutes(5)), List.of(tenant), "social-worker"));
    }

    String unsigned(String tenant) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(claims(issuer(), Instant.now().plus(Duration.ofMinutes(5)),
                List.of(tenant), "social-worker").toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static JWTClaimsSet claims(String issuer, Instant expiry, List<String> tenants, String role) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("user-1")
                .claim("preferred_username", "maria")
                .claim("organization", tenants)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(expiry))
                .build();
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        jwks.stop(0);
    }
}
