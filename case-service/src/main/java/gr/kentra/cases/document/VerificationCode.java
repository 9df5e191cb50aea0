package gr.kentra.cases.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import gr.kentra.commons.tenant.TenantId;

/**
 * A document's verification code: the centre's slug, a dot, then 25 random Crockford base-32 characters (125
 * bits) in groups of five, e.g. {@code moschato-tavros.K7QM2-XD9PA-3FG8H-TT4R1-ZZ9QW}. The slug tells the public
 * lookup which centre's schema to ask; the random part makes the code unguessable. Typing is forgiving: case,
 * spaces and dashes do not matter, O reads as 0 and I, L as 1; a pasted verification link works too.
 * The centre stores only {@link #hash()}, which covers the slug as well, so a code never verifies under another centre.
 */
record VerificationCode(TenantId centre, String secret) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 25;
    private static final int MAX_INPUT = 200;

    static VerificationCode random(TenantId centre, SecureRandom random) {
        char[] secret = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            secret[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new VerificationCode(centre, new String(secret));
    }

    /** Whatever a person typed or pasted; empty unless it has the shape of a code of a valid centre id. */
    static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String text = typed.strip();
        int slash = text.lastIndexOf('/');
        if (slash >= 0) {
            text = text.substring(slash + 1);
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String slug = text.substring(0, dot).strip().toLowerCase(Locale.ROOT);
        StringBuilder secret = new StringBuilder(LENGTH);
        for (char c : text.substring(dot + 1).toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            secret.append(read);
        }
        if (secret.length() != LENGTH || !TenantId.isValid(slug)) {
            return Optional.empty();
        }
        return Optional.of(new VerificationCode(TenantId.of(slug), secret.toString()));
    }

    /** As printed on the document. */
    String text() {
        StringBuilder grouped = new StringBuilder(centre.value()).append('.');
        for (int i = 0; i < LENGTH; i += 5) {
            grouped.append(i == 0 ? "" : "-").append(secret, i, i + 5);
        }
        return grouped.toString();
    }

    /** What the centre stores and looks up: SHA-256 over the slug and the secret, hex. */
    String hash() {
        return sha256(centre.value() + ":" + secret);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "VerificationCode[" + centre.value() + ".…]";
    }
}
