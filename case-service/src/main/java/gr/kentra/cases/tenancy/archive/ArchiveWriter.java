package gr.kentra.cases.tenancy.archive;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import gr.kentra.commons.tenant.TenantId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one tenant export: every table of the schema as CSV ({@code COPY … TO STDOUT WITH (FORMAT csv, HEADER)},
 * streamed from the driver into the zip, never held in memory), {@code schema.sql} and {@code manifest.json}.
 * All tables are read in one repeatable-read, read-only transaction, so the export is one consistent snapshot even
 * if something still writes. sha256 of each CSV and of the whole zip are computed on the way out.
 */
final class ArchiveWriter {

    record Written(ArchiveManifest manifest, String sha256) {
    }

    private final JsonMapper json;

    ArchiveWriter(JsonMapper json) {
        this.json = json;
    }

    Written write(Connection connection, TenantId tenant, String changelogVersion, Instant createdAt, Path file)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        connection.setSchema(tenant.schemaName());
        MessageDigest zipDigest = sha256();
        ArchiveManifest manifest;
        try {
            manifest = writeZip(connection, tenant, changelogVersion, createdAt, file, zipDigest);
            connection.commit();
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
        // Final only now that the zip stream is closed.
        return new Written(manifest, hex(zipDigest));
    }

    private ArchiveManifest writeZip(Connection connection, TenantId tenant, String changelogVersion,
            Instant createdAt, Path file, MessageDigest zipDigest) throws SQLException, IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            // Held while the part is written (closing the channel releases it, a crash too): the sign by which
            // ArchiveDirectory#removeAbandonedParts tells a part being written from one a crash left behind.
            channel.lock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel),
                        1 << 16), zipDigest);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            List<TenantTables.Table> tables = TenantTables.of(connection, tenant);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<ArchiveManifest.Table> exported = new ArrayList<>();
            for (TenantTables.Table table : tables) {
                exported.add(copyTable(copy, zip, tenant, table));
            }
            entry(zip, "schema.sql", TenantTables.ddl(tables).getBytes(StandardCharsets.UTF_8));
            ArchiveManifest manifest = new ArchiveManifest(tenant.value(), tenant.schemaName(), changelogVersion,
                    createdAt, ArchiveManifest.FORMAT, exported);
            entry(zip, ArchiveDirectory.MANIFEST, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            return manifest;
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static ArchiveManifest.Table copyTable(CopyManager copy, ZipOutputStream zip, TenantId tenant,
            TenantTables.Table table) throws SQLException, IOException {
        String file = "tables/" + table.name() + ".csv";
        zip.putNextEntry(new ZipEntry(file));
        MessageDigest digest = sha256();
        OutputStream csv = new DigestOutputStream(new KeepOpen(zip), digest);
        long rows = copy.copyOut("copy " + table.qualified(tenant) + " (" + table.columnList()
                + ") to stdout with (format csv, header)", csv);
        csv.flush();
        zip.closeEntry();
        return new ArchiveManifest.Table(table.name(), file, rows, hex(digest), table.columns(),
                table.generatedColumns(), table.constraints(), table.indexes());
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip stream stays open between entries; closing one entry's digest stream must not close it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
