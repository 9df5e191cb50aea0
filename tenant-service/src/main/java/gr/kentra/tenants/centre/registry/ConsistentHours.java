package gr.kentra.tenants.centre.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import gr.kentra.tenants.centre.details.Schedules;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The request's opening and walk-in hours follow {@link Schedules}' rules; each broken rule is reported on the
 * offending slot ({@code walkInHours[0]}), with its own message code.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentHours.Validator.class)
@interface ConsistentHours {

    String message() default "{Schedule}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentHours, DetailFields> {
        @Override
        public boolean isValid(DetailFields request, ConstraintValidatorContext context) {
            List<Schedules.Violation> violations = Schedules.violations(request.openingHours(), request.walkInHours());
            if (violations.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (Schedules.Violation violation : violations) {
                context.buildConstraintViolationWithTemplate("{" + violation.code() + "}")
                        .addPropertyNode(violation.list()).addBeanNode().inIterable().atIndex(violation.index())
                        .addConstraintViolation();
            }
            return false;
        }
    }
}
