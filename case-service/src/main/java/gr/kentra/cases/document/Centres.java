package gr.kentra.cases.document;

import java.util.Locale;
import java.util.Optional;

import gr.kentra.cases.tenancy.CentreNames;
import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * All this feature needs of the tenancy package, in one place: the centre of the request, its name as the
 * registry gives it, and, for the public verification, plain JDBC on the cell holding a centre's schema.
 */
@Component
class Centres {

    private final TenantDirectory directory;
    private final CentreNames names;

    Centres(TenantDirectory directory, CentreNames names) {
        this.directory = directory;
        this.names = names;
    }

    TenantId current() {
        return directory.current();
    }

    String name(TenantId centre, Locale locale) {
        return names.of(centre.value(), locale);
    }

    /**
     * JDBC on the cell of a centre the registry knows, for SQL that names the centre's schema; empty for an
     * unknown centre or one whose cell cannot be reached.
     */
    Optional<JdbcTemplate> jdbc(TenantId centre) {
        try {
            return directory.placement(centre).map(placed -> directory.jdbcFor(centre));
        } catch (DataAccessException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
