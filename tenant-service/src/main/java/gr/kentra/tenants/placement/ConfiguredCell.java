package gr.kentra.tenants.placement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import gr.kentra.tenants.centre.registry.CentrePlacements;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of the configured database cells ({@code kentra.cells}); null is left to {@code @NotBlank}. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConfiguredCell.Validator.class)
@interface ConfiguredCell {

    String message() default "{ConfiguredCell}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's validator factory, so the registry's cells are injected. */
    class Validator implements ConstraintValidator<ConfiguredCell, String> {

        private final CentrePlacements placements;

        Validator(CentrePlacements placements) {
            this.placements = placements;
        }

        @Override
        public boolean isValid(String cell, ConstraintValidatorContext context) {
            return cell == null || placements.isConfiguredCell(cell);
        }
    }
}
