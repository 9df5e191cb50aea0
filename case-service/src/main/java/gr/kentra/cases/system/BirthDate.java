package gr.kentra.cases.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import gr.kentra.cases.system.dates.PlausibleDates;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A date of birth: from 1900-01-01, not in the future (null is left to {@code @NotNull}). */
@Documented
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDates.Birth.class)
public @interface BirthDate {

    String message() default "must be a date from 1900-01-01 and not in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
