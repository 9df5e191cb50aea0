package gr.kentra.tenants.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletion confirmation codes: random (100 bits, in a form a person can type), stored only as their sha256, one per
 * centre (a new request replaces the earlier code), usable once before they expire. A code is claimed atomically
 * before deleting, so two requests with the same code cannot both go ahead, and released if the deletion failed
 * half-way so that the administrator may retry with it while it is valid.
 */
@Component
class DeletionCodes {

    /** Crockford's base32 without I, L, O, U: nothing to misread. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 20;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    DeletionCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh code for the centre, replacing any earlier one; only its hash is kept. */
    String issue(String centreId, String actor, Instant now, Instant expiresAt) {
        String code = next();
        jdbc.update("insert into deletion_confirmation (centre_id, code_sha256, requested_by, requested_at, expires_at)"
                + " values (?, ?, ?, ?, ?) on conflict (centre_id) do update set code_sha256 = excluded.code_sha256,"
                + " requested_by = excluded.requested_by, requested_at = excluded.requested_at,"
                + " expires_at = excluded.expires_at, used_at = null",
                centreId, hash(code), actor, Timestamp.from(now), Timestamp.from(expiresAt));
        return code;
    }

    /** True when the code is the centre's, unused and not expired; it is then used. */
    boolean claim(String centreId, String code, Instant now) {
        return jdbc.update("update deletion_confirmation set used_at = ? where centre_id = ? and code_sha256 = ?"
                + " and used_at is null and expires_at > ?", Timestamp.from(now), centreId, hash(normalise(code)),
                Timestamp.from(now)) == 1;
    }

    /** Makes a claimed code usable again after a deletion that did not complete. */
    void release(String centreId, String code) {
        jdbc.update("update deletion_confirmation set used_at = null where centre_id = ? and code_sha256 = ?",
                centreId, hash(normalise(code)));
    }

    private String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Typed codes may differ in case and spacing; the hash is over the canonical form. */
    private static String normalise(String typed) {
        return typed.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
