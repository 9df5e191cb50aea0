package gr.kentra.commons.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written or refused, never silently changed: no coercion between scalar types ({@code 123} into
 * a name, {@code 1} into a boolean, {@code 12.5} into an integer, {@code 0} into an enum, a number into a date), no
 * duplicate keys, no unknown properties (a typo is an error, not a value quietly dropped), no NUL or lone
 * surrogate in a string (PostgreSQL cannot store the first and would store the second as {@code ?}), ids only in
 * the canonical 36-character form, dates only with four-digit years, instants only as text with their offset.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictInput() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.String))
                .withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.Float, CoercionInputShape.String,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.Integer, CoercionInputShape.Float))
                .withCoercionConfig(LogicalType.DateTime, refuse(CoercionInputShape.Integer,
                        CoercionInputShape.Float))
                .addModule(new SimpleModule("kentra-strict-input")
                        .addDeserializer(String.class, new StrictString())
                        .addDeserializer(UUID.class, new StrictUuid())
                        .addDeserializer(LocalDate.class, new StrictDate())
                        .addDeserializer(LocalDateTime.class, new StrictDateTime())
                        .addDeserializer(Instant.class, new StrictInstant()));
    }

    private static java.util.function.Consumer<tools.jackson.databind.cfg.MutableCoercionConfig> refuse(
            CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }

    /** A value Jackson read but that we refuse; the advice names its field with {@link #messageCode()}. */
    static final class RefusedValue extends MismatchedInputException {

        private final String messageCode;

        RefusedValue(JsonParser parser, Class<?> type, String messageCode) {
            super(parser, "refused value of " + type.getSimpleName(), type);
            this.messageCode = messageCode;
        }

        String messageCode() {
            return messageCode;
        }
    }

    /** Strings as sent, unless they hold a NUL or a lone surrogate. */
    static final class StrictString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && !StrictText.storable(value)) {
                throw new RefusedValue(p, String.class, "problem.nul");
            }
            return value;
        }
    }

    static final class StrictUuid extends StdScalarDeserializer<UUID> {

        StrictUuid() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                UUID id = StrictText.uuid(p.getString());
                if (id != null) {
                    return id;
                }
            }
            throw new RefusedValue(p, UUID.class, "problem.unknownValue");
        }
    }

    static final class StrictDate extends StdScalarDeserializer<LocalDate> {

        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                LocalDate date = StrictText.date(p.getString());
                if (date != null) {
                    return date;
                }
            }
            throw new RefusedValue(p, LocalDate.class, "problem.unknownValue");
        }
    }

    static final class StrictDateTime extends StdScalarDeserializer<LocalDateTime> {

        private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}"
                + "(:[0-9]{2}(\\.[0-9]{1,9})?)?");

        StrictDateTime() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING) && FORM.matcher(p.getString()).matches()) {
                try {
                    return LocalDateTime.parse(p.getString());
                } catch (DateTimeParseException e) {
                    // refused below
                }
            }
            throw new RefusedValue(p, LocalDateTime.class, "problem.unknownValue");
        }
    }

    /**
     * An instant as ISO text with its offset ({@code 2026-12-01T09:00:00Z}, {@code …+02:00}). Jackson's own reader
     * takes a number as epoch seconds whatever the coercion rules say, so {@code 1733043600} would be stored as a
     * date nobody wrote.
     */
    static final class StrictInstant extends StdScalarDeserializer<Instant> {

        private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}"
                + "(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})");

        StrictInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING) && FORM.matcher(p.getString()).matches()) {
                try {
                    return OffsetDateTime.parse(p.getString()).toInstant();
                } catch (DateTimeParseException e) {
                    // refused below
                }
            }
            throw new RefusedValue(p, Instant.class, "problem.unknownValue");
        }
    }
}
