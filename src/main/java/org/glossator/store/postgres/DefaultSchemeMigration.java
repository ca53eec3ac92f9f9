package org.glossator.store.postgres;

import java.sql.PreparedStatement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.DefaultScheme;

/**
 * Version 2: the built-in annotation types, seeded from {@link DefaultScheme} as the SQLite
 * store seeds them, so the two stores can never disagree on the default scheme.
 */
final class DefaultSchemeMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "default scheme";
    }

    /** The seed follows DefaultScheme; a checksum of it would fail validation whenever a colour changes. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement ps = context.getConnection().prepareStatement(
                "INSERT INTO annotation_type(key, label, color, position, kind, built_in) VALUES (?,?,?,?,?,TRUE)"
                        + " ON CONFLICT (key) DO NOTHING")) {
            for (AnnotationType type : DefaultScheme.types()) {
                ps.setString(1, type.key());
                ps.setString(2, type.label());
                ps.setString(3, type.color());
                ps.setInt(4, type.position());
                ps.setString(5, type.kind().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
