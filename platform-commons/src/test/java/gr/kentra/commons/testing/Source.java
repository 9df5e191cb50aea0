package gr.kentra.commons.testing;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What a {@link Gen} draws from: a seeded random stream and a size from 1 to {@value #MAX_SIZE}. Lengths and
 * dimensions drawn with {@link #upTo} grow with the size, so a failing property can be retried at smaller sizes
 * to find a smaller failing case; {@link #between} ignores the size.
 */
public final class Source {

    public static final int MAX_SIZE = 100;

    private final SplittableRandom random;
    private final int size;

    public Source(long seed, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size + " is outside 1.." + MAX_SIZE);
        }
        this.random = new SplittableRandom(seed);
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Uniform in [min, max], whatever the size. */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** Uniform in [min, max], whatever the size. */
    public long between(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    /** Uniform in [min, a bound that grows with the size and is max at the full size]. */
    public int upTo(int min, int max) {
        return between(min, min + (int) ((long) (max - min) * size / MAX_SIZE));
    }

    public long nextLong() {
        return random.nextLong();
    }

    /** True with the given odds, for example {@code oneIn(10)}. */
    public boolean oneIn(int odds) {
        return random.nextInt(odds) == 0;
    }

    public char charBetween(char min, char max) {
        return (char) between((int) min, (int) max);
    }

    public char charOf(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    @SafeVarargs
    public final <T> T oneOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A string of characters from the alphabet, its length from {@code minLength} up to a sized bound. */
    public String string(String alphabet, int minLength, int maxLength) {
        int length = upTo(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(charOf(alphabet));
        }
        return text.toString();
    }

    /** A string of characters in [min, max], its length from {@code minLength} up to a sized bound. */
    public String string(char min, char max, int minLength, int maxLength) {
        int length = upTo(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(charBetween(min, max));
        }
        return text.toString();
    }
}
