package gr.kentra.cases.beneficiary.identifiers;

/** The digits a phone number is searched by: no punctuation, no Greek country code (+30, 0030). */
public final class Phones {

    private Phones() {
    }

    public static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0030") && digits.length() == 14) {
            digits = digits.substring(4);
        } else if (digits.startsWith("30") && digits.length() == 12) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }
}
