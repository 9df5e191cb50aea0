package gr.kentra.cases.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the offline field kit (the field package) may ask of requests: record one given as a field map, validated
 * and audited as {@code POST /api/requests}.
 */
@Component
public class FieldRequests {

    /** A request refused by validation: {@code errors:[{field, message}]} in the request's language. */
    public static class InvalidFields extends RuntimeException {
        private final transient List<Map<String, String>> errors;

        InvalidFields(List<Map<String, String>> errors) {
            super("invalid fields", null, false, false);
            this.errors = errors;
        }

        public List<Map<String, String>> errors() {
            return errors;
        }
    }

    /** A recorded request: its id and version. */
    public record Recorded(UUID id, long version) {
    }

    private final RequestService service;
    private final JsonMapper json;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    FieldRequests(RequestService service, JsonMapper json, jakarta.validation.Validator validator,
            MessageSource messages) {
        this.service = service;
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    /** Records a request ({@code beneficiaryId}, {@code type}, {@code channel}, {@code receivedOn}, …). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded record(Map<String, Object> fields) {
        Locale locale = LocaleContextHolder.getLocale();
        NewRequest request;
        try {
            request = json.convertValue(fields, NewRequest.class);
        } catch (JacksonException | IllegalArgumentException e) {
            String field = e instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                    ? jackson.getPath().getFirst().getPropertyName() : null;
            throw new InvalidFields(List.of(Map.of("field", field == null ? "fields" : field, "message",
                    messages.getMessage("problem.unknownValue", null, locale))));
        }
        DirectFieldBindingResult errors = new DirectFieldBindingResult(request, "newRequest");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (FieldError error : errors.getFieldErrors()) {
                list.add(Map.of("field", error.getField(), "message", messages.getMessage(error, locale)));
            }
            throw new InvalidFields(list);
        }
        RequestView saved = service.register(request);
        return new Recorded(saved.id(), saved.version());
    }
}
