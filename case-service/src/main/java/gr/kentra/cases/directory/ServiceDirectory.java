package gr.kentra.cases.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.cases.tenancy.TenantPlacement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory a centre sees: its region's shared entries and its own private ones (the partners). The region is
 * the one the registry gives for the centre of the request, so a centre never reads or writes another region's
 * entries, and never another centre's private ones (they are in that centre's schema). No personal data: not audited.
 */
@Service
public class ServiceDirectory {

    static final String REGIONAL_WRITE = "DIRECTORY_REGIONAL_WRITE";

    private final PrivateEntries partners;
    private final RegionalDirectory regional;
    private final TenantDirectory tenants;
    private final Allowed allowed;
    private final TransactionTemplate transactions;

    ServiceDirectory(PrivateEntries partners, RegionalDirectory regional, TenantDirectory tenants,
            Allowed allowed, PlatformTransactionManager transactions) {
        this.partners = partners;
        this.regional = regional;
        this.tenants = tenants;
        this.allowed = allowed;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * What a centre may filter by: service type, words of the service area, words anywhere (accents ignored);
     * deactivated entries only when {@code inactive}.
     */
    record Filter(PartnerKind type, String area, String text, DirectoryScope scope, boolean inactive) {

        static final Filter ALL = new Filter(null, null, null, null, true);

        Predicate<DirectoryEntry> predicate() {
            return e -> (inactive || e.active()) && (type == null || e.kind() == type)
                    && (scope == null || e.scope() == scope)
                    && contains(areas(e), area)
                    && contains(String.join(" ", Stream.concat(Stream.of(e.name(), e.organizationName(),
                            e.description(), areas(e), e.eligibilityDescription()),
                            e.locations().stream().map(ServiceLocation::city))
                            .filter(s -> s != null).toList()), text);
        }

        /** Every area's name and description, as one text to look in. */
        private static String areas(DirectoryEntry e) {
            return String.join(" ", e.serviceAreas().stream().map(ServiceArea::text).toList());
        }

        private static boolean contains(String field, String wanted) {
            if (wanted == null || wanted.isBlank()) {
                return true;
            }
            return field != null && fold(field).contains(fold(wanted.strip()));
        }
    }

    /** Lower case without accents, so that «Αθηνα» finds «Αθήνα». */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    List<DirectoryEntry> list(Filter filter) {
        return Stream.concat(regionalEntries().stream(), privateEntries().stream()).filter(filter.predicate())
                .sorted(Comparator.comparing((DirectoryEntry e) -> fold(e.name())).thenComparing(DirectoryEntry::id))
                .toList();
    }

    DirectoryEntry add(DirectoryForm form) {
        DirectoryEntry entry = withKnownOrganization(form.toEntry(), form.organizationId());
        if (entry.scope() == DirectoryScope.REGIONAL) {
            allowed.require(REGIONAL_WRITE);
            regional.save(List.of(entry), requireRegion(), tenants.current().value());
            return regional.find(entry.id(), requireRegion()).orElseThrow();
        }
        return savePrivate(List.of(entry)).getFirst();
    }

    /** Entries of a scope, or both (null), for the HSDS export. */
    List<DirectoryEntry> entries(DirectoryScope scope) {
        return list(new Filter(null, null, null, scope, true));
    }

    /**
     * Saves an import all or none, after {@link HsdsImport} has found no problem in it. An id already in another
     * directory (another region, or this centre's other scope) is refused: each id is one service in one place.
     */
    List<HsdsImport.Problem> importEntries(List<DirectoryEntry> entries, DirectoryScope scope,
            Map<UUID, String> pointers) {
        if (scope == DirectoryScope.REGIONAL) {
            allowed.require(REGIONAL_WRITE);
        }
        List<UUID> ids = entries.stream().map(DirectoryEntry::id).toList();
        Map<UUID, String> regions = regional.regionsOf(ids);
        String region = scope == DirectoryScope.REGIONAL ? requireRegion() : null;
        List<UUID> privateIds = scope == DirectoryScope.REGIONAL ? existingPrivate(ids) : List.of();
        List<HsdsImport.Problem> taken = new ArrayList<>();
        for (UUID id : ids) {
            boolean elsewhere = scope == DirectoryScope.REGIONAL
                    ? (regions.containsKey(id) && !regions.get(id).equals(region)) || privateIds.contains(id)
                    : regions.containsKey(id);
            if (elsewhere) {
                taken.add(new HsdsImport.Problem(pointers.get(id) + "/id", "problem.hsds.idTaken"));
            }
        }
        if (!taken.isEmpty()) {
            return taken;
        }
        if (scope == DirectoryScope.REGIONAL) {
            regional.save(entries.stream().map(e -> e.in(DirectoryScope.REGIONAL)).toList(), region,
                    tenants.current().value());
        } else {
            savePrivate(entries.stream().map(e -> e.in(DirectoryScope.PRIVATE)).toList());
        }
        return List.of();
    }

    /**
     * Changes an entry of the centre's region (coordinators) made on {@code version}: 404 if the region has no such
     * entry (another region's, a centre's private one: those are partners), 409 if it changed meanwhile.
     */
    DirectoryEntry editRegional(UUID id, long version, UnaryOperator<DirectoryEntry> change) {
        allowed.require(REGIONAL_WRITE);
        String region = region().orElseThrow(() -> RecordProblems.notFound("problem.directory.notFound"));
        DirectoryEntry current = regional.find(id, region)
                .orElseThrow(() -> RecordProblems.notFound("problem.directory.notFound"));
        if (!regional.update(change.apply(current), region, version)) {
            throw RecordProblems.staleVersion(regional.find(id, region).map(DirectoryEntry::version).orElse(null));
        }
        return regional.find(id, region).orElseThrow();
    }

    /** Every entry this centre sees, deactivated ones too, by name. */
    public List<DirectoryEntry> all() {
        return list(Filter.ALL);
    }

    /** A service the centre may refer to now: its own or its region's, active; empty if unknown here. */
    public Optional<DirectoryEntry> visible(UUID id) {
        Optional<DirectoryEntry> own = partners.find(id);
        if (own.isPresent()) {
            return own;
        }
        return region().flatMap(region -> regional.find(id, region));
    }

    /** These ids' entries this centre sees (its own, its region's), active or not; unknown ids are left out. */
    public List<DirectoryEntry> known(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<DirectoryEntry> found = new ArrayList<>(partners.find(ids));
        region().ifPresent(region -> found.addAll(regional.find(ids, region)));
        return found;
    }

    private List<DirectoryEntry> privateEntries() {
        return partners.all();
    }

    private List<UUID> existingPrivate(List<UUID> ids) {
        return partners.find(ids).stream().map(DirectoryEntry::id).toList();
    }

    /** All or none, in the centre's schema. */
    private List<DirectoryEntry> savePrivate(List<DirectoryEntry> entries) {
        return transactions.execute(status -> {
            List<DirectoryEntry> saved = new ArrayList<>();
            for (DirectoryEntry entry : entries) {
                saved.add(partners.save(entry));
            }
            return saved;
        });
    }

    private List<DirectoryEntry> regionalEntries() {
        return region().map(regional::inRegion).orElse(List.of());
    }

    private Optional<String> region() {
        return tenants.placement(tenants.current()).map(TenantPlacement::region);
    }

    private String requireRegion() {
        return region().orElseThrow(() -> new RecordProblems.Coded(HttpStatus.CONFLICT,
                "problem.directory.noRegion.title", "problem.directory.noRegion"));
    }

    /** Joining an organization already in the directory takes its name and description. */
    private DirectoryEntry withKnownOrganization(DirectoryEntry entry, UUID organizationId) {
        if (organizationId == null) {
            return entry;
        }
        return list(Filter.ALL).stream().filter(e -> e.organizationId().equals(organizationId)).findFirst()
                .map(known -> entry.withOrganization(organizationId, known.organizationName(),
                        known.organizationDescription()))
                .orElse(entry);
    }
}
