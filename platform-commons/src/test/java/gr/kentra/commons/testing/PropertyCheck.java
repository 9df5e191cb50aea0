package gr.kentra.commons.testing;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A property checked over many generated cases in plain JUnit: {@code forAll(gen).tries(300).check(value -> …)}.
 *
 * <p>The cases come from one seed, fixed by default so that every run checks the same cases, and overridable with
 * {@code -Dkentra.property.seed=…} to explore others. The first quarter of the cases grows from small to full size,
 * the rest are full size. On a failure the check retries smaller sizes and reports the smallest failing case it
 * found, the first failing case and the seed that reproduces both.
 */
public final class PropertyCheck<T> {

    public static final String SEED_PROPERTY = "kentra.property.seed";
    public static final long DEFAULT_SEED = 20_261_206L;
    /** jqwik's default, which the properties moved from it were written against. */
    public static final int DEFAULT_TRIES = 1_000;
    /** How many extra cases a failure may spend looking for a smaller one. */
    static final int SHRINK_BUDGET = 200;

    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Exception;
    }

    private final Gen<T> generator;
    private final int tries;
    private final long seed;

    private PropertyCheck(Gen<T> generator, int tries, long seed) {
        this.generator = generator;
        this.tries = tries;
        this.seed = seed;
    }

    public static <T> PropertyCheck<T> forAll(Gen<T> generator) {
        return new PropertyCheck<>(generator, DEFAULT_TRIES, seed());
    }

    public PropertyCheck<T> tries(int count) {
        return new PropertyCheck<>(generator, count, seed);
    }

    /** A seed for this check alone, overriding the system property (for tests of this class). */
    PropertyCheck<T> seed(long fixed) {
        return new PropertyCheck<>(generator, tries, fixed);
    }

    /** The seed in force: {@code -Dkentra.property.seed} (decimal or 0x hex), else the fixed default. */
    public static long seed() {
        String configured = System.getProperty(SEED_PROPERTY);
        return configured == null || configured.isBlank() ? DEFAULT_SEED : Long.decode(configured.trim());
    }

    /** Checks the property on every case; throws an {@link AssertionError} naming the seed and the cases. */
    public void check(Property<? super T> property) {
        SplittableRandom cases = new SplittableRandom(seed);
        for (int index = 0; index < tries; index++) {
            long caseSeed = cases.nextLong();
            int size = sizeOf(index);
            T value = generator.next(new Source(caseSeed, size));
            Throwable failure = failureOf(property, value);
            if (failure != null) {
                throw report(index, new Failure<>(value, size, failure), shrink(property, caseSeed, size));
            }
        }
    }

    private int sizeOf(int index) {
        int ramp = tries / 4;
        return index < ramp ? 1 + index * (Source.MAX_SIZE - 1) / ramp : Source.MAX_SIZE;
    }

    private Failure<T> shrink(Property<? super T> property, long caseSeed, int failingSize) {
        SplittableRandom retries = new SplittableRandom(caseSeed);
        int step = Math.max(1, (failingSize - 1) / 20);
        int perSize = Math.max(1, SHRINK_BUDGET / Math.max(1, (failingSize - 1) / step));
        for (int size = 1; size < failingSize; size += step) {
            for (int attempt = 0; attempt < perSize; attempt++) {
                T value = generator.next(new Source(retries.nextLong(), size));
                Throwable failure = failureOf(property, value);
                if (failure != null) {
                    return new Failure<>(value, size, failure);
                }
            }
        }
        return null;
    }

    private static <T> Throwable failureOf(Property<? super T> property, T value) {
        try {
            property.check(value);
            return null;
        } catch (Exception | AssertionError failure) {
            return failure;
        }
    }

    private AssertionError report(int index, Failure<T> first, Failure<T> smaller) {
        Failure<T> shown = smaller == null ? first : smaller;
        StringBuilder message = new StringBuilder()
                .append("property failed on case ").append(index + 1).append(" of ").append(tries)
                .append(" (seed ").append(seed).append("; reproduce with -D").append(SEED_PROPERTY).append('=')
                .append(seed).append(")\n  failing case (size ").append(first.size()).append("): ")
                .append(describe(first.value()));
        if (smaller != null) {
            message.append("\n  smallest failing case found (size ").append(smaller.size()).append("): ")
                    .append(describe(smaller.value()));
        }
        message.append("\n  because: ").append(shown.failure());
        return new AssertionError(message.toString(), shown.failure());
    }

    private record Failure<T>(T value, int size, Throwable failure) {
    }

    /** A readable form of a case: arrays and record components spelled out, odd characters escaped. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return quoted(text);
        }
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(describe(Array.get(value, i)));
            }
            return items.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(PropertyCheck::describe).toList().toString();
        }
        if (value instanceof Record record) {
            return describeRecord(record);
        }
        return String.valueOf(value);
    }

    private static String describeRecord(Record record) {
        List<String> components = new ArrayList<>();
        try {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                component.getAccessor().setAccessible(true);
                components.add(component.getName() + "=" + describe(component.getAccessor().invoke(record)));
            }
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return record.toString();
        }
        return record.getClass().getSimpleName() + "[" + String.join(", ", components) + "]";
    }

    private static String quoted(CharSequence text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c) || !Character.isDefined(c)
                    || c == '"' || c == '\\') {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.append((char) c);
            }
        });
        return quoted.append('"').toString();
    }
}
