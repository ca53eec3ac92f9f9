package org.glossator.store.postgres;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.glossator.domain.DefaultScheme;
import org.glossator.store.jdbc.JdbcSchemeRepository;

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
        JdbcSchemeRepository.seedDefaultTypes(context.getConnection());
    }
}
