package gr.kentra.tenants.provisioning;

import java.security.SecureRandom;

/**
 * Temporary passwords for first coordinators: 16 characters from a set without look-alikes (0/O, 1/l/I),
 * always with an upper-case letter, a lower-case letter and a digit, so that common password policies pass.
 */
final class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALL = UPPER + LOWER + DIGITS;
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] password = new char[LENGTH];
        password[0] = pick(UPPER);
        password[1] = pick(LOWER);
        password[2] = pick(DIGITS);
        for (int i = 3; i < LENGTH; i++) {
            password[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
