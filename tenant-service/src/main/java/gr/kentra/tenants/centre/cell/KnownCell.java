package gr.kentra.tenants.centre.cell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of the configured database cells ({@code kentra.cells}); null is valid (the default cell then). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCell.Validator.class)
public @interface KnownCell {

    String message() default "{KnownCell}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's validator factory, so the configured cells are injected. */
    class Validator implements ConstraintValidator<KnownCell, String> {

        private final CellsProperties cells;

        Validator(CellsProperties cells) {
            this.cells = cells;
        }

        @Override
        public boolean isValid(String cell, ConstraintValidatorContext context) {
            return cell == null || cells.exists(cell);
        }
    }
}
