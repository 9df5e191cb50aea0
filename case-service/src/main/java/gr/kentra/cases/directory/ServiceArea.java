package gr.kentra.cases.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.persistence.Embeddable;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

/**
 * One area a service covers (HSDS: a service_area): a municipality, regional unit or region by {@code name}, with an
 * optional {@code description} (which villages, which districts). {@code id} as for {@link ServiceLocation}. A row
 * left wholly blank (the page's empty row) is left out; any other needs its name.
 */
@Embeddable
@ServiceArea.AreaNamed
public record ServiceArea(
        UUID id,
        @Size(max = 200) String name,
        @Size(max = 500) String description) {

    /** The row on one line, for the page's list. */
    public String text() {
        return description == null ? name : name + " (" + description + ")";
    }

    boolean blank() {
        return DirectoryForm.blankToNull(name) == null && DirectoryForm.blankToNull(description) == null;
    }

    /** As {@link ServiceLocation#of}. */
    static List<ServiceArea> of(List<ServiceArea> given, List<ServiceArea> current) {
        List<ServiceArea> rows = new ArrayList<>();
        Set<UUID> known = new HashSet<>(current.stream().map(ServiceArea::id).toList());
        for (ServiceArea row : given == null ? List.<ServiceArea>of() : given) {
            if (row == null || row.blank()) {
                continue;
            }
            UUID id = row.id() != null && known.remove(row.id()) ? row.id() : UUID.randomUUID();
            rows.add(new ServiceArea(id, DirectoryForm.blankToNull(row.name()),
                    DirectoryForm.blankToNull(row.description())));
        }
        return List.copyOf(rows);
    }

    /** A row that is not blank has a name; the error stands at {@code name}, as a {@code NotBlank} would. */
    @Constraint(validatedBy = NamedValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface AreaNamed {
        String message() default "{jakarta.validation.constraints.NotBlank.message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class NamedValidator implements ConstraintValidator<AreaNamed, ServiceArea> {
        @Override
        public boolean isValid(ServiceArea area, ConstraintValidatorContext context) {
            if (area == null || area.blank() || DirectoryForm.blankToNull(area.name()) != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("name").addConstraintViolation();
            return false;
        }
    }
}
