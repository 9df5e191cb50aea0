package gr.kentra.reporting.dashboard;

import java.util.List;

/**
 * The codes of Greece's 13 regions, as tokens and facts carry them (tenant-service's {@code Region}); their
 * names are in the message bundles as {@code region.<code>}. Only the ESF page's region filter lists them.
 */
final class Regions {

    static final List<String> CODES = List.of("attica", "central-macedonia", "east-macedonia-thrace",
            "western-macedonia", "epirus", "thessaly", "ionian-islands", "western-greece", "central-greece",
            "peloponnese", "north-aegean", "south-aegean", "crete");

    private Regions() {
    }
}
