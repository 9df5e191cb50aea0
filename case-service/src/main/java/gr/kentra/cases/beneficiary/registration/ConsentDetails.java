package gr.kentra.cases.beneficiary.registration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A consent recorded as given carries its date and basis; each missing one is a field error of its own
 * ({@code consent.date}, {@code consent.legalBasis}), worded in the bundles under the code {@code ConsentDetails}.
 */
@Documented
@Constraint(validatedBy = ConsentDetails.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsentDetails {

    String message() default "is required when consent is given";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsentDetails, Consent> {
        @Override
        public boolean isValid(Consent consent, ConstraintValidatorContext context) {
            if (consent == null || !Boolean.TRUE.equals(consent.given())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (consent.date() == null) {
                missing(context, "date");
                valid = false;
            }
            if (consent.legalBasis() == null) {
                missing(context, "legalBasis");
                valid = false;
            }
            return valid;
        }

        private static void missing(ConstraintValidatorContext context, String field) {
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(field).addConstraintViolation();
        }
    }
}
