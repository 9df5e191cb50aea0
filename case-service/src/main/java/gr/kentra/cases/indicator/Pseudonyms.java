package gr.kentra.cases.indicator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import gr.kentra.commons.tenant.TenantId;

/**
 * HMAC-SHA256 under the national secret: the same AMKA gives the same pseudonym in every centre, so a person
 * served by two centres counts once nationally, and nobody without the secret can test a guessed AMKA.
 * Without an AMKA the person is pseudonymised by centre and record id, so counted once per centre.
 */
final class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("kentra.indicators.pseudonym-secret must have at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(String amka, TenantId tenant, UUID beneficiaryId) {
        String subject = amka != null && !amka.isBlank() ? "amka:" + amka.strip()
                : "local:" + tenant.value() + ":" + beneficiaryId;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
