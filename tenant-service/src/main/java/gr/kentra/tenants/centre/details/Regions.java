package gr.kentra.tenants.centre.details;

/** The region codes as one pattern for request validation; {@link Region} holds the labels. */
public final class Regions {

    public static final String PATTERN = "^(attica|central-macedonia|east-macedonia-thrace|western-macedonia|epirus|thessaly"
            + "|ionian-islands|western-greece|central-greece|peloponnese|north-aegean|south-aegean|crete)$";

    private Regions() {
    }
}
