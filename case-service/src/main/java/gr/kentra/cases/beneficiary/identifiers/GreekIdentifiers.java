package gr.kentra.cases.beneficiary.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** The check rules of Greek personal identifiers, in one place: each rule is stated on its check, and GreekIdentifiersTest holds them. */
public final class GreekIdentifiers {

    private GreekIdentifiers() {
    }

    /** AMKA: 11 digits, DDMMYY a real date (19xx or 20xx), and the whole number passes Luhn. */
    static boolean isValidAmka(String amka) {
        if (amka == null || !amka.matches("\\d{11}")) {
            return false;
        }
        return hasRealDate(amka) && luhnValid(amka);
    }

    private static boolean hasRealDate(String amka) {
        int day = Integer.parseInt(amka.substring(0, 2));
        int month = Integer.parseInt(amka.substring(2, 4));
        int year = Integer.parseInt(amka.substring(4, 6));
        return isDate(1900 + year, month, day) || isDate(2000 + year, month, day);
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean luhnValid(String digits) {
        return luhnSum(digits, false) % 10 == 0;
    }

    /** The Luhn check digit to append to {@code payload}. */
    public static int luhnCheckDigit(String payload) {
        return (10 - luhnSum(payload, true) % 10) % 10;
    }

    private static int luhnSum(String digits, boolean doubleRightmost) {
        int sum = 0;
        boolean doubled = doubleRightmost;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum;
    }

    /** Strips spaces and an {@code EL}/{@code GR} prefix, left-pads old 8-digit numbers. Null stays null. */
    public static String normaliseAfm(String afm) {
        if (afm == null) {
            return null;
        }
        String value = afm.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (value.startsWith("EL") || value.startsWith("GR")) {
            value = value.substring(2);
        }
        return value.matches("\\d{8}") ? "0" + value : value;
    }

    /** AFM: 9 digits, not all zero, {@code (Σ d_i·2^(9-i), i=1..8) mod 11 mod 10 == d9}. */
    static boolean isValidAfm(String afm) {
        String value = normaliseAfm(afm);
        if (value == null || !value.matches("\\d{9}") || value.equals("000000000")) {
            return false;
        }
        return afmCheckDigit(value.substring(0, 8)) == value.charAt(8) - '0';
    }

    public static int afmCheckDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') << (8 - i);
        }
        return sum % 11 % 10;
    }
}
