package gr.kentra.commons.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
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

    /** A date and time with no offset, to the minute, second or fraction. */
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}"
            + "(:[0-9]{2}(\\.[0-9]{1,9})?)?");
    /** An instant as ISO text with its offset ({@code 2026-12-01T09:00:00Z}, {@code …+02:00}). */
    private static final Pattern INSTANT = Pattern.compile(LOCAL_DATE_TIME.pattern() + "(Z|[+-][0-9]{2}:[0-9]{2})");

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
                        .addDeserializer(UUID.class, new StrictScalar<>(UUID.class, StrictText::uuid))
                        .addDeserializer(LocalDate.class, new StrictScalar<>(LocalDate.class, StrictText::date))
                        .addDeserializer(LocalDateTime.class, new StrictScalar<>(LocalDateTime.class,
                                inForm(LOCAL_DATE_TIME, LocalDateTime::parse)))
                        .addDeserializer(Instant.class, new StrictScalar<>(Instant.class,
                                inForm(INSTANT, text -> OffsetDateTime.parse(text).toInstant()))));
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

    /**
     * A value that JSON gives as text in one exact form, or refused: {@code read} answers null (or throws a parse
     * error) for text that is not that form. A number is never read as one (Jackson's own instant reader takes
     * {@code 1733043600} as epoch seconds whatever the coercion rules say, a date nobody wrote).
     */
    static final class StrictScalar<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> read;

        StrictScalar(Class<T> type, Function<String, T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    T value = read.apply(p.getString());
                    if (value != null) {
                        return value;
                    }
                } catch (DateTimeParseException e) {
                    // refused below
                }
            }
            throw new RefusedValue(p, handledType(), "problem.unknownValue");
        }
    }

    /** Text in {@code form}, then parsed; null for any other text. */
    private static <T> Function<String, T> inForm(Pattern form, Function<String, T> parse) {
        return text -> form.matcher(text).matches() ? parse.apply(text) : null;
    }
}
