package gr.kentra.cases.beneficiary.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A person's phonetic keys as stored in {@code beneficiary.phonetic_key}: the keys of every word of the Greek and
 * Latin names (surname first), and those of the everyday and anglicised forms of each name listed in
 * {@code name-variants.txt} (Γεώργιος is also Γιώργος, Κωνσταντίνος also Κώστας and Ντίνος), so that a person
 * registered under the formal name is found by the name people use.
 */
public final class PhoneticNames {

    private static final String VARIANTS_FILE = "name-variants.txt";
    /** The key of a form → the keys of every form in its groups. */
    private static final Map<String, Set<String>> VARIANTS = load();

    private PhoneticNames() {
    }

    public static String of(String firstName, String lastName, String latinFirstName, String latinLastName) {
        Set<String> keys = new LinkedHashSet<>();
        Stream.of(lastName, firstName, latinLastName, latinFirstName).filter(Objects::nonNull)
                .flatMap(name -> PhoneticKey.ofWords(name).stream())
                .forEach(keys::addAll);
        for (String key : List.copyOf(keys)) {
            keys.addAll(VARIANTS.getOrDefault(key, Set.of()));
        }
        return String.join(" ", keys);
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> variants = new HashMap<>();
        try (InputStream in = PhoneticNames.class.getResourceAsStream(VARIANTS_FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + VARIANTS_FILE);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        List<String> group = PhoneticKey.ofWords(line).stream().map(List::getFirst).toList();
                        group.forEach(key -> variants.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(group));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(variants);
    }
}
