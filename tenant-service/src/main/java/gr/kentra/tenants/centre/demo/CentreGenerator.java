package gr.kentra.tenants.centre.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gr.kentra.tenants.centre.details.CentreDetails;
import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.registry.SearchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the registry up to {@code kentra.registry.generate-up-to} centres for the local stack and benchmarks,
 * spread over the regions roughly as the real centres are. Generated centres say so in their names and in
 * {@code generated = true}; they go through the normal onboarding (schema, Keycloak) by the reconcilers.
 * Idempotent: the ids are deterministic and existing rows are left alone.
 */
@Component
class CentreGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CentreGenerator.class);

    /** Share of the ~250 centres per region, roughly by population. Sums to 246 (+ the 4 seeds = 250). */
    static final Map<Region, Integer> WEIGHTS = weights();

    private final JdbcTemplate jdbc;
    private final RegistryProperties properties;
    private final Clock clock;

    CentreGenerator(JdbcTemplate jdbc, RegistryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int target = properties.generateUpTo();
        int existing = jdbc.queryForObject("select count(*) from centre", Integer.class);
        if (target <= existing) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<GeneratedCentre> planned = plan(target - existing, existingGenerated());
        List<Object[]> rows = new ArrayList<>();
        for (GeneratedCentre centre : planned) {
            CentreDetails details = GeneratedDetails.of(centre);
            rows.add(new Object[] {centre.id(), centre.nameEl(), centre.nameEn(), centre.municipality(),
                centre.region().code(), details.programmeName(), details.priorityAxisCode(),
                details.priorityAxisName(), details.address(), details.phone(), details.email(),
                details.mobileUnit(), details.operatingSince(),
                SearchText.of(centre.id(), centre.nameEl(), centre.nameEn(), centre.municipality()), now, now});
        }
        int[] inserted = jdbc.batchUpdate("""
                insert into centre (id, name_el, name_en, municipality, region, programme_name, priority_axis_code,
                    priority_axis_name, address, phone, email, mobile_unit, operating_since, search_text, status,
                    schema_status, keycloak_status, generated, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ONBOARDING', 'PENDING', 'PENDING', true, ?, ?)
                on conflict (id) do nothing""", rows);
        Map<String, CentreDetails> fresh = new LinkedHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            if (inserted[i] != 0) {
                fresh.put(planned.get(i).id(), GeneratedDetails.of(planned.get(i)));
            }
        }
        new DetailRows(jdbc).insert(fresh);
        log.info("Generated {} centres (registry target {})", fresh.size(), target);
    }

    /** {@code number} counts the region's generated centres from 1; {@link GeneratedDetails} derives the rest from it. */
    record GeneratedCentre(String id, String nameEl, String nameEn, String municipality, Region region, int number) {
    }

    /** The next {@code count} generated centres after the {@code already} that exist, in weighted round robin. */
    static List<GeneratedCentre> plan(int count, int already) {
        int total = already + count;
        int heaviest = WEIGHTS.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<GeneratedCentre> all = new ArrayList<>();
        Map<Region, Integer> numbers = new EnumMap<>(Region.class);
        for (int round = 1; all.size() < total; round++) {
            for (Map.Entry<Region, Integer> weight : WEIGHTS.entrySet()) {
                // Past the real total every region gets one more per round, so any target is reachable.
                if (all.size() < total && (round <= weight.getValue() || round > heaviest)) {
                    all.add(centre(weight.getKey(), numbers.merge(weight.getKey(), 1, Integer::sum)));
                }
            }
        }
        return all.subList(already, total);
    }

    private static GeneratedCentre centre(Region region, int number) {
        String n = String.format("%03d", number);
        return new GeneratedCentre("demo-" + region.code() + "-" + n,
                "Κέντρο Κοινότητας (δοκιμαστικό) " + region.nameEl() + " " + n,
                "Generated centre " + region.nameEn() + " " + n,
                "Δοκιμαστικός Δήμος " + region.nameEl() + " " + n, region, number);
    }

    private int existingGenerated() {
        return jdbc.queryForObject("select count(*) from centre where generated", Integer.class);
    }

    private static Map<Region, Integer> weights() {
        Map<Region, Integer> weights = new LinkedHashMap<>();
        weights.put(Region.ATTICA, 66);
        weights.put(Region.CENTRAL_MACEDONIA, 38);
        weights.put(Region.THESSALY, 20);
        weights.put(Region.CRETE, 18);
        weights.put(Region.WESTERN_GREECE, 16);
        weights.put(Region.EAST_MACEDONIA_THRACE, 14);
        weights.put(Region.PELOPONNESE, 14);
        weights.put(Region.CENTRAL_GREECE, 14);
        weights.put(Region.SOUTH_AEGEAN, 12);
        weights.put(Region.EPIRUS, 10);
        weights.put(Region.WESTERN_MACEDONIA, 8);
        weights.put(Region.NORTH_AEGEAN, 8);
        weights.put(Region.IONIAN_ISLANDS, 8);
        return weights;
    }
}
