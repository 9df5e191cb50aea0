package gr.kentra.commons.testing;

import java.util.Random;

/**
 * Seeded {@code Authorization} headers for the bearer syntax tests (here and in the gateway): mostly a valid scheme
 * and token, with padding, long tokens and now and then a hostile character anywhere.
 */
public final class BearerHeaders {

    private BearerHeaders() {
    }

    static final String TOKEN_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/";

    /** Where the two could part: the class's neighbours, '=', blanks, line ends, case folds outside ASCII. */
    static final int[] EDGES = {0, '\t', '\n', '\r', 0x0b, 0x0c, ' ', '!', '"', '$', '%', '&', '\'', '(', ')',
        '*', ',', ':', ';', '<', '=', '>', '?', '@', '[', '\\', ']', '^', '`', '{', '|', '}', 0x7f, 0x80, 0x85, 0xa0,
        'B' - 1, 'Z' + 1, 'a' - 1, 'z' + 1, '0' - 1, '9' + 1, 'B' | 0x80, 'b' ^ 0x20, 'b' | 0x100, 0x0131, 0x017f,
        0x212a, 0x212b, 0x0392, 0x03b2, 0x0412, 0xff22, 0xff42, 0x2028, 0x2029, 0x3000, 0xfeff, 0xd800, 0xdc00,
        0x1d401, 0x1f600, 0x10ffff};

    static final String[] SCHEMES = {"Bearer ", "bearer ", "BEARER ", "bEaReR ", "Bearer", "Bearer  ",
        "Bearer\t", "Bearer\u00a0", " Bearer ", "Bearer: ", "Basic ", "Bearerx", "Bear ", "Bearer=", "\u0392earer ",
        "Beare\u0280 ", "bearer\n", ""};

    /** A scheme (mostly a valid one), then token characters, padding and now and then a hostile character. */
    public static String header(Random random) {
        StringBuilder header = new StringBuilder(SCHEMES[random.nextInt(4) > 0 ? random.nextInt(4)
                : random.nextInt(SCHEMES.length)]);
        int length = random.nextInt(8) == 0 ? 1_000 + random.nextInt(600) : random.nextInt(14);
        int hostile = random.nextInt(3) == 0 ? -1 : random.nextInt(length + 3);
        for (int i = 0; i < length; i++) {
            if (i == hostile) {
                header.appendCodePoint(hostileCharacter(random));
            } else if (i >= length - 2 && random.nextBoolean()) {
                header.append('=');
            } else {
                header.append(TOKEN_CHARACTERS.charAt(random.nextInt(TOKEN_CHARACTERS.length())));
            }
        }
        if (hostile >= length && hostile < length + 2) {
            header.appendCodePoint(hostileCharacter(random));
        }
        if (random.nextInt(10) == 0 && !header.isEmpty()) {
            // Anywhere, the scheme included.
            int at = random.nextInt(header.length());
            header.setCharAt(at, (char) hostileCharacter(random));
        }
        return header.toString();
    }

    private static int hostileCharacter(Random random) {
        int kind = random.nextInt(4);
        return kind < 2 ? EDGES[random.nextInt(EDGES.length)]
                : kind == 2 ? random.nextInt(0x180)
                : random.nextInt(0xffff);
    }

    public static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return out.toString();
    }
}
