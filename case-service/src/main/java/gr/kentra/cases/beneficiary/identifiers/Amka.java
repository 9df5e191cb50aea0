package gr.kentra.cases.beneficiary.identifiers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A valid AMKA, or null. The message comes from the bundles under the code {@code Amka}. */
@Documented
@Constraint(validatedBy = Amka.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amka {

    String message() default "is not a valid AMKA";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Amka, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || GreekIdentifiers.isValidAmka(value);
        }
    }
}
