package gr.kentra.commons.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Makes one value of a property's input from a seeded {@link Source}; the same source gives the same value. */
@FunctionalInterface
public interface Gen<T> {

    /** How many draws {@link #filter} makes before it calls its predicate too strict. */
    int FILTER_ATTEMPTS = 10_000;

    T next(Source source);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return source -> mapper.apply(next(source));
    }

    default Gen<T> filter(Predicate<? super T> accepted) {
        return source -> {
            for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
                T value = next(source);
                if (accepted.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("no accepted value in " + FILTER_ATTEMPTS + " draws: filter too strict");
        };
    }

    /** A list of this generator's values, its length from {@code min} up to a sized bound. */
    default Gen<List<T>> list(int min, int max) {
        return source -> {
            int length = source.upTo(min, max);
            List<T> values = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                values.add(next(source));
            }
            return List.copyOf(values);
        };
    }

    static <T> Gen<T> constant(T value) {
        return source -> value;
    }

    /** One of the generators, each as likely as the others. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        List<Gen<? extends T>> choices = List.of(generators);
        return source -> source.oneOf(choices).next(source);
    }
}
