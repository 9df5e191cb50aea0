package gr.kentra.reporting.indicator.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gr.kentra.commons.facts.FactType;
import gr.kentra.commons.facts.Vocabulary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator catalogue, kept as data: one YAML file per programme period under {@code indicators/}.
 * Loaded and checked at startup, so a typo in a rule stops the service instead of publishing wrong numbers.
 */
@Component
public class IndicatorCatalogue {

    static final String GENERAL = "general";
    public static final List<String> ESF_PROGRAMMES = List.of("2014-2020", "2021-2027");

    private final Map<String, List<Indicator>> programmes = new LinkedHashMap<>();

    public IndicatorCatalogue() {
        JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Set<String> codes = new HashSet<>();
        programmes.put(GENERAL, load(strict, "indicators/general.yaml", GENERAL, codes));
        for (String programme : ESF_PROGRAMMES) {
            programmes.put(programme, load(strict, "indicators/esf-" + programme + ".yaml", programme, codes));
        }
        checkLinks(general());
        checkLinks(allEsf());
    }

    /** The indicators of every ESF programme period: one linked system, since both count the same participants. */
    public List<Indicator> allEsf() {
        return ESF_PROGRAMMES.stream().flatMap(p -> programmes.get(p).stream()).toList();
    }

    /**
     * Refuses links to unknown indicators, links the filters contradict, and a subset the filters imply that no
     * chain of declared links states: an attacker would use it, so suppression must know it.
     */
    static void checkLinks(List<Indicator> indicators) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        for (Indicator indicator : indicators) {
            for (Relation relation : indicator.relations()) {
                if (!relation.betweenIndicators()) {
                    continue;
                }
                Indicator other = byCode.get(relation.of());
                String where = indicator.code() + " " + relation.kind() + " " + relation.of() + ": ";
                if (other == null || other == indicator) {
                    throw new IllegalStateException(where + "no such other indicator in the linked system");
                }
                if (relation.kind() == Relation.Kind.SAME_FACTS) {
                    if (other.measure() == indicator.measure() || !other.factTypes().equals(indicator.factTypes())) {
                        throw new IllegalStateException(where + "not the same facts measured otherwise");
                    }
                    continue;
                }
                if (other.measure() != indicator.measure() || !other.factTypes().equals(indicator.factTypes())) {
                    throw new IllegalStateException(where + "not the same measure of the same facts");
                }
                boolean holds = switch (relation.kind()) {
                    case SAME_AS -> indicator.filter().equals(other.filter());
                    case BREAKS_DOWN -> indicator.filter().equals(other.filter())
                            && indicator.breakdown().coarsen("A" + Indicator.Breakdown.SEPARATOR + "B",
                                    other.breakdown()) != null;
                    default -> FilterOrder.implies(indicator.filter(), other.filter());
                };
                if (!holds) {
                    throw new IllegalStateException(where + "the filters do not say so");
                }
            }
        }
        for (Indicator one : indicators) {
            for (Indicator other : indicators) {
                if (one != other && one.measure() != other.measure()
                        && one.factTypes().stream().anyMatch(other.factTypes()::contains)
                        && !one.relations().contains(new Relation(Relation.Kind.SAME_FACTS, other.code(), null))
                        && !other.relations().contains(new Relation(Relation.Kind.SAME_FACTS, one.code(), null))) {
                    throw new IllegalStateException(one.code() + " and " + other.code()
                            + " read the same facts but no declared relation says so (SAME_FACTS)");
                }
            }
        }
        for (Indicator part : indicators) {
            for (Indicator whole : indicators) {
                if (part != whole && part.measure() == whole.measure() && part.factTypes().equals(whole.factTypes())
                        && FilterOrder.implies(part.filter(), whole.filter()) && !declaredWithin(part, whole, byCode)) {
                    throw new IllegalStateException(part.code() + " counts a subset of " + whole.code()
                            + " but no declared relation says so");
                }
            }
        }
    }

    /** Whether declared links lead from {@code part} to {@code whole} (SAME_AS and BREAKS_DOWN read both ways). */
    private static boolean declaredWithin(Indicator part, Indicator whole, Map<String, Indicator> byCode) {
        Set<String> reached = new HashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(part.code()));
        while (!queue.isEmpty()) {
            String code = queue.poll();
            if (!reached.add(code)) {
                continue;
            }
            if (code.equals(whole.code())) {
                return true;
            }
            for (Relation relation : byCode.get(code).relations()) {
                if (relation.nests()) {
                    queue.add(relation.of());
                }
            }
            for (Indicator other : byCode.values()) {
                for (Relation relation : other.relations()) {
                    boolean bothWays = relation.kind() == Relation.Kind.SAME_AS
                            || relation.kind() == Relation.Kind.BREAKS_DOWN;
                    if (bothWays && relation.of().equals(code)) {
                        queue.add(other.code());
                    }
                }
            }
        }
        return false;
    }

    public List<Indicator> general() {
        return programmes.get(GENERAL);
    }

    /** The indicators of an ESF programme period, or empty when there is no such period. */
    public Optional<List<Indicator>> esf(String programme) {
        return ESF_PROGRAMMES.contains(programme) ? Optional.of(programmes.get(programme)) : Optional.empty();
    }

    /**
     * The general indicators protected together with {@code indicator} (itself first): those it breaks down and those
     * breaking it down ({@code BREAKS_DOWN}); just itself when it has none.
     */
    public List<Indicator> breakdownGroup(Indicator indicator) {
        List<Indicator> group = new java.util.ArrayList<>(List.of(indicator));
        for (int i = 0; i < group.size(); i++) {
            Indicator member = group.get(i);
            for (Indicator other : general()) {
                boolean linked = member.relations(Relation.Kind.BREAKS_DOWN).stream()
                        .anyMatch(r -> r.of().equals(other.code()))
                        || other.relations(Relation.Kind.BREAKS_DOWN).stream()
                                .anyMatch(r -> r.of().equals(member.code()));
                if (linked && !group.contains(other)) {
                    group.add(other);
                }
            }
        }
        return List.copyOf(group);
    }

    public Optional<Indicator> generalIndicator(String code) {
        return general().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    private record CatalogueFile(String programme, List<Indicator> indicators) {
    }

    private static List<Indicator> load(JsonMapper json, String path, String programme, Set<String> codes) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            CatalogueFile file = json.convertValue(tree, CatalogueFile.class);
            if (!programme.equals(file.programme())) {
                throw new IllegalStateException(path + " declares programme " + file.programme());
            }
            for (Indicator indicator : file.indicators()) {
                check(indicator, path);
                if (!codes.add(indicator.code())) {
                    throw new IllegalStateException(path + ": indicator code used twice: " + indicator.code());
                }
            }
            return List.copyOf(file.indicators());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rules the query layer cannot honour are refused here, never silently ignored. */
    static void check(Indicator indicator, String path) {
        String where = path + " " + indicator.code() + ": ";
        if (indicator.code() == null || !Vocabulary.CODE.matcher(indicator.code()).matches()
                || blank(indicator.labelEl()) || blank(indicator.labelEn())
                || blank(indicator.definitionEl()) || blank(indicator.definitionEn()) || indicator.measure() == null) {
            throw new IllegalStateException(where + "code, both labels, both definitions and a measure are required");
        }
        switch (indicator.measure()) {
            case DISTINCT_PERSONS -> {
                if (!indicator.factTypes().isEmpty() || !indicator.filter().isEmpty()
                        || indicator.breakdown() != Indicator.Breakdown.NONE) {
                    throw new IllegalStateException(where + "distinct persons take no fact types, filter or breakdown");
                }
            }
            case DISTINCT_PARTICIPANTS -> {
                Filter f = indicator.filter();
                if (!indicator.factTypes().equals(List.of(FactType.PARTICIPANT_ENTERED)) || f.category() != null
                        || f.outcome() != null || indicator.breakdown() != Indicator.Breakdown.GENDER) {
                    throw new IllegalStateException(
                            where + "participants: PARTICIPANT_ENTERED, by gender, no category/outcome filter");
                }
            }
            default -> {
                if (indicator.factTypes().isEmpty()) {
                    throw new IllegalStateException(where + "fact types are required");
                }
            }
        }
        List<Relation> relations = indicator.relations();
        if (relations.isEmpty()) {
            throw new IllegalStateException(where + "relations to other published numbers must be declared");
        }
        if (indicator.relations(Relation.Kind.GEOGRAPHY).isEmpty()
                || indicator.relations(Relation.Kind.MONTHS).isEmpty() == indicator.additive()) {
            throw new IllegalStateException(where + "GEOGRAPHY always, MONTHS exactly for counts that add up over months");
        }
        for (Relation relation : relations) {
            boolean partition = relation.kind() == Relation.Kind.PART_OF
                    || relation.kind() == Relation.Kind.DISJOINT_PART_OF;
            if (relation.kind() == null || relation.betweenIndicators() == blank(relation.of())
                    || partition == blank(relation.partition())) {
                throw new IllegalStateException(where + "relation needs a kind, an indicator (between indicators) "
                        + "and a partition name (parts): " + relation);
            }
        }
        checkValues(indicator.filter().gender(), Vocabulary.GENDERS, where);
        checkValues(indicator.filter().ageBand(), Vocabulary.AGE_BANDS, where);
        checkValues(indicator.filter().employmentStatus(), Vocabulary.EMPLOYMENT_STATUSES, where);
    }

    private static void checkValues(List<String> values, List<String> allowed, String where) {
        if (values != null && !allowed.containsAll(values)) {
            throw new IllegalStateException(where + "filter value outside the vocabulary: " + values);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
