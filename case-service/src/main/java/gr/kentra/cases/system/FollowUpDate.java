package gr.kentra.cases.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import gr.kentra.cases.system.dates.PlausibleDates;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A planned date (a follow-up, a visit, an appointment): not before {@code kentra.casework.earliest-date}, at most {@code kentra.casework.follow-up-years} ahead. */
@Documented
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDates.FollowUp.class)
public @interface FollowUpDate {

    String message() default "must not be before the programme periods nor more than a few years ahead";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
