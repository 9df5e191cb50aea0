package gr.kentra.tenants.centre.details;

import java.util.Arrays;
import java.util.Optional;

/** The 13 administrative regions of Greece (Περιφέρειες); the code is what tokens and URLs carry. */
public enum Region {
    ATTICA("attica", "Αττική", "Attica"),
    CENTRAL_MACEDONIA("central-macedonia", "Κεντρική Μακεδονία", "Central Macedonia"),
    EAST_MACEDONIA_THRACE("east-macedonia-thrace", "Ανατολική Μακεδονία και Θράκη", "Eastern Macedonia and Thrace"),
    WESTERN_MACEDONIA("western-macedonia", "Δυτική Μακεδονία", "Western Macedonia"),
    EPIRUS("epirus", "Ήπειρος", "Epirus"),
    THESSALY("thessaly", "Θεσσαλία", "Thessaly"),
    IONIAN_ISLANDS("ionian-islands", "Ιόνια Νησιά", "Ionian Islands"),
    WESTERN_GREECE("western-greece", "Δυτική Ελλάδα", "Western Greece"),
    CENTRAL_GREECE("central-greece", "Στερεά Ελλάδα", "Central Greece"),
    PELOPONNESE("peloponnese", "Πελοπόννησος", "Peloponnese"),
    NORTH_AEGEAN("north-aegean", "Βόρειο Αιγαίο", "North Aegean"),
    SOUTH_AEGEAN("south-aegean", "Νότιο Αιγαίο", "South Aegean"),
    CRETE("crete", "Κρήτη", "Crete");

    private final String code;
    private final String nameEl;
    private final String nameEn;

    Region(String code, String nameEl, String nameEn) {
        this.code = code;
        this.nameEl = nameEl;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameEl() {
        return nameEl;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<Region> ofCode(String code) {
        return Arrays.stream(values()).filter(region -> region.code.equals(code)).findFirst();
    }
}
