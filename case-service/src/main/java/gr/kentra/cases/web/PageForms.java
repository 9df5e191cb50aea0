package gr.kentra.cases.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import gr.kentra.cases.system.InvalidField;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * Forms bound to the API's own request records, so a page validates exactly as the API does. A blank field is
 * absent (null), as in JSON; dates are typed the Greek way, dd/mm/yyyy (ISO is accepted too).
 */
public final class PageForms {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private PageForms() {
    }

    public static void prepare(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(parseDay(text));
            }

            @Override
            public String getAsText() {
                return getValue() instanceof LocalDate day ? DAY.format(day) : "";
            }
        });
    }

    public static LocalDate parseDay(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip().replace('.', '/').replace('-', '/');
        try {
            return typed.matches("\\d{4}/\\d{1,2}/\\d{1,2}")
                    ? LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE)
                    : LocalDate.parse(typed, TYPED);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: dd/mm/yyyy");
        }
    }

    /**
     * The errors of a form, field by field in the order given (the page's order), each message in the person's
     * language: one message per field, the first found.
     */
    public static Map<String, String> errors(BindingResult result, List<String> order, MessageSource messages,
            Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (String field : order) {
            FieldError error = result.getFieldError(field);
            if (error != null) {
                byField.put(field, message(error, messages, locale));
            }
        }
        for (FieldError error : result.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), message(error, messages, locale));
        }
        return byField;
    }

    private static String message(FieldError error, MessageSource messages, Locale locale) {
        if (error.isBindingFailure()) {
            String code = error.getRejectedValue() != null && error.getField().toLowerCase(Locale.ROOT).contains("date")
                    || error.getField().endsWith("On") ? "page.form.badDate" : "page.form.badValue";
            return messages.getMessage(code, null, locale);
        }
        return messages.getMessage(error, locale);
    }

    /** What was typed, exactly, to show it again: nothing typed is lost. */
    public static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> typed.put(name, values.length > 0 ? values[0] : null));
        return typed;
    }

    /** After a change: htmx follows {@code HX-Redirect}; a plain browser the 303. */
    public static String redirect(HttpServletRequest request, HttpServletResponse response, String target) {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", target);
            return "pages/empty";
        }
        return "redirect:" + target;
    }

    /** The fields' labels for the error summary, in page order; {@code code} turns a field into its message code. */
    public static Map<String, String> labels(List<String> fields, UnaryOperator<String> code, MessageSource messages,
            Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        fields.forEach(field -> labels.put(field, messages.getMessage(code.apply(field), null, locale)));
        return labels;
    }

    /** Shows a form again: the values as typed and the errors by field. */
    @FunctionalInterface
    public interface Form {
        String show(Map<String, String> typed, Map<String, String> errors);
    }

    /** A save refused at one field with a message already in the person's language (a clash, a duplicate). */
    public static final class Refused extends RuntimeException {

        private final String field;

        public Refused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Saves what a valid form asks; an {@link InvalidField} or a {@link Refused} it throws is shown at its field.
     */
    @FunctionalInterface
    public interface Save {
        void run();
    }

    /**
     * The tail every page POST shares: a form that does not validate, or whose save the service refuses field by
     * field, comes back (422) with everything typed and the errors in page order; a saved one goes to
     * {@code target} (htmx or a plain redirect).
     */
    public static String submit(HttpServletRequest request, HttpServletResponse response, BindingResult binding,
            List<String> fields, MessageSource messages, Locale locale, Save save, String target, Form form) {
        Map<String, String> typed = typed(request);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form.show(typed, errors(binding, fields, messages, locale));
        }
        try {
            save.run();
        } catch (InvalidField e) {
            response.setStatus(422);
            return form.show(typed, Map.of(e.field(), messages.getMessage(e.messageCode(), null, locale)));
        } catch (Refused e) {
            response.setStatus(422);
            return form.show(typed, Map.of(e.field(), e.getMessage()));
        }
        return redirect(request, response, target);
    }

    /**
     * Whether a refused save was refused because someone else saved the record first: the API's 409 carrying
     * {@code currentVersion}, or a concurrent commit caught by the version column.
     */
    public static boolean isStale(RuntimeException e) {
        if (e instanceof org.springframework.orm.ObjectOptimisticLockingFailureException) {
            return true;
        }
        return e instanceof org.springframework.web.ErrorResponseException problem
                && problem.getStatusCode().value() == 409 && problem.getBody().getProperties() != null
                && problem.getBody().getProperties().containsKey("currentVersion");
    }
}
