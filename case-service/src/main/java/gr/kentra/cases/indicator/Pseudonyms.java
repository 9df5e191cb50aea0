package gr.kentra.cases.indicator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import gr.kentra.commons.tenant.TenantId;

/**
 * HMAC-SHA256 under the national secret: the same AMKA gives the same pseudonym in every centre, so a person
 * served by two centres counts once nationally, and nobody without the secret can test a guessed AMKA.
 * Without an AMKA the person is pseudonymised by centre and record id, so counted once per centre.
 * <p>
 * The secret has a key id that every fact carries beside the pseudonym. Rotation: a new id with a new secret makes
 * new pseudonyms from then on; the previous secrets stay configured (by id) until reporting holds no fact made with
 * them, so that an erasure still reaches the person's facts under every key.
 */
final class Pseudonyms {

    static final Pattern KEY_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,15}$");
    /** For tests that need pseudonyms and no particular key id. */
    static final String TEST_KEY_ID = "test";

    private final String keyId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    Pseudonyms(String secret) {
        this(TEST_KEY_ID, secret, Map.of());
    }

    /** The current key first; {@code previous} maps the ids of retired keys to their secrets. */
    Pseudonyms(String keyId, String secret, Map<String, String> previous) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("kentra.indicators.pseudonym-key-id must match " + KEY_ID.pattern());
        }
        this.keyId = keyId;
        keys.put(keyId, key(secret, "kentra.indicators.pseudonym-secret"));
        previous.forEach((id, old) -> {
            if (!KEY_ID.matcher(id).matches() || keys.containsKey(id)) {
                throw new IllegalArgumentException("kentra.indicators.previous-pseudonym-secrets: the key id " + id
                        + " must match " + KEY_ID.pattern() + " and differ from the current one");
            }
            keys.put(id, key(old, "kentra.indicators.previous-pseudonym-secrets." + id));
        });
    }

    /** The id of the key new pseudonyms are made with. */
    String keyId() {
        return keyId;
    }

    /** The person's pseudonym under the current key. */
    String of(String amka, TenantId tenant, UUID beneficiaryId) {
        return hmac(keys.get(keyId), subject(amka, tenant, beneficiaryId));
    }

    /** The person's pseudonym under every configured key, by key id, the current one first. */
    Map<String, String> underEveryKey(String amka, TenantId tenant, UUID beneficiaryId) {
        String subject = subject(amka, tenant, beneficiaryId);
        Map<String, String> all = new LinkedHashMap<>();
        keys.forEach((id, key) -> all.put(id, hmac(key, subject)));
        return all;
    }

    private static String subject(String amka, TenantId tenant, UUID beneficiaryId) {
        return amka != null && !amka.isBlank() ? "amka:" + amka.strip()
                : "local:" + tenant.value() + ":" + beneficiaryId;
    }

    private static SecretKeySpec key(String secret, String property) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException(property + " must have at least 32 characters");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static String hmac(SecretKeySpec key, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
