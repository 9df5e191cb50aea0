package gr.kentra.cases.requesttype;

import java.util.Locale;

/** A catalogue entry; {@code label} is the one in the caller's language. */
record RequestTypeView(String code, String label, String labelEl, String labelEn, boolean standard, boolean active,
        Long version) {

    static RequestTypeView of(RequestType type, Locale locale) {
        String label = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? type.labelEn() : type.labelEl();
        return new RequestTypeView(type.code(), label, type.labelEl(), type.labelEn(), type.standard(),
                type.active(), type.version());
    }
}
