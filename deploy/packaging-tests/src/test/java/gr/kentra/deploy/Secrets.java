package gr.kentra.deploy;

import java.util.regex.Pattern;

/** What a secret looks like, so that none is written into an install file. */
final class Secrets {

    /** A name that holds a secret value (not the name of a Kubernetes Secret: see {@link #isSecretReference}). */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|apikey|api_key|private_key|token(?!_?uri)).*");
    private static final Pattern DNS_NAME = Pattern.compile("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$");

    private Secrets() {
    }

    /**
     * A value that looks generated: 16+ characters without spaces or path/URL punctuation, mixing letters and
     * digits (or base64 padding/symbols). Host names, URLs, durations and Kubernetes names do not qualify.
     */
    static boolean looksGenerated(String value) {
        if (value.length() < 16 || value.contains(" ") || value.contains("/") || value.contains(":")
                || value.contains("${") || DNS_NAME.matcher(value).matches()) {
            return false;
        }
        boolean upper = value.chars().anyMatch(Character::isUpperCase);
        boolean lower = value.chars().anyMatch(Character::isLowerCase);
        boolean digit = value.chars().anyMatch(Character::isDigit);
        return (upper && lower && digit) || value.endsWith("=") || value.matches(".*[+=!#%&*].*") && digit;
    }

    /** The name of a Kubernetes Secret (a DNS-1123 name), not a secret value. */
    static boolean isSecretReference(String value) {
        return value.isEmpty() || DNS_NAME.matcher(value).matches();
    }
}
