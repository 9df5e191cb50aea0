package gr.kentra.cases.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import gr.kentra.cases.system.dates.PlausibleDates;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A date casework happened on: not before {@code kentra.casework.earliest-date}, not in the future. */
@Documented
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDates.Casework.class)
public @interface CaseworkDate {

    String message() default "must not be before the programme periods nor in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
