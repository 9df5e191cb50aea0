package gr.kentra.cases.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A field map, as the offline field kit sends a change, read into the API's own body type and validated as the API
 * validates that body. A refusal lists every field error in the request's language rather than answering the
 * request, so that each operation of a synchronisation gets its own answer.
 */
@Component
public class FieldMaps {

    /** A field map refused: {@code errors:[{field, message}]} in the request's language. */
    public static class InvalidFields extends RuntimeException {
        private final transient List<Map<String, String>> errors;

        private InvalidFields(List<Map<String, String>> errors) {
            super("invalid fields", null, false, false);
            this.errors = errors;
        }

        public List<Map<String, String>> errors() {
            return errors;
        }
    }

    private final JsonMapper json;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    FieldMaps(JsonMapper json, jakarta.validation.Validator validator, MessageSource messages) {
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    /**
     * The fields as a {@code type}, validated under the object name the API's binding gives it (the type's name,
     * uncapitalised: {@code registerBeneficiary}), so that the same messages apply.
     */
    public <T> T read(Map<String, Object> fields, Class<T> type) {
        return read(fields, type, new Class<?>[0]);
    }

    /** As {@link #read(Map, Class)}, validated in the groups the API's {@code @Validated(…)} names. */
    public <T> T read(Map<String, Object> fields, Class<T> type, Class<?>... groups) {
        Locale locale = LocaleContextHolder.getLocale();
        T target;
        try {
            target = json.convertValue(fields, type);
        } catch (JacksonException | IllegalArgumentException e) {
            String field = e instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                    ? jackson.getPath().getFirst().getPropertyName() : null;
            throw new InvalidFields(List.of(Map.of("field", field == null ? "fields" : field, "message",
                    messages.getMessage("problem.unknownValue", null, locale))));
        }
        DirectFieldBindingResult errors = new DirectFieldBindingResult(target,
                StringUtils.uncapitalize(type.getSimpleName()));
        validator.validate(target, errors, (Object[]) groups);
        if (errors.hasErrors()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (FieldError error : errors.getFieldErrors()) {
                list.add(Map.of("field", error.getField(), "message", messages.getMessage(error, locale)));
            }
            throw new InvalidFields(list);
        }
        return target;
    }
}
