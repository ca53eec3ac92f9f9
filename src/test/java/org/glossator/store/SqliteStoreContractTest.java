package org.glossator.store;

import java.nio.file.Path;
import org.glossator.store.sqlite.SqliteStore;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite file. */
class SqliteStoreContractTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    protected Store newStore() {
        return SqliteStore.open(dir.resolve("contract.db"));
    }
}
