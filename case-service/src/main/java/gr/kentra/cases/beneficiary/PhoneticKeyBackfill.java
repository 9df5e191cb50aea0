package gr.kentra.cases.beneficiary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import gr.kentra.cases.beneficiary.names.PhoneticNames;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase step of the tenant changelog: fills {@code beneficiary.phonetic_key} for the people registered before
 * the column existed, once per tenant schema (the migration's connection has the schema set), with the same
 * {@link PhoneticNames} the application uses on registration and edit. Erased people have no names and stay without.
 * Public only because Liquibase instantiates it by name; it stays in the module's base package because the landed
 * changeset names it by this class name.
 */
public class PhoneticKeyBackfill implements CustomTaskChange {

    private static final int BATCH = 1_000;
    private int keyed;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, first_name, last_name, latin_first_name,"
                        + " latin_last_name from beneficiary where first_name is not null and phonetic_key is null");
                PreparedStatement update = connection.prepareStatement(
                        "update beneficiary set phonetic_key = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, PhoneticNames.of(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)));
                update.setObject(2, rows.getObject(1));
                update.addBatch();
                if (++keyed % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new CustomChangeException("Could not key the names of existing beneficiaries", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Phonetic keys written for " + keyed + " beneficiaries";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
