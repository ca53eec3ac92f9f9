package org.glossator.store;

import org.glossator.store.postgres.PostgresStore;
import org.glossator.store.postgres.PostgresTarget;
import org.glossator.store.postgres.SharedPostgres;

/** The store contract on the shared PostgreSQL store (one embedded server per JVM, a database per test). */
class PostgresStoreContractTest extends StoreContractTest {

    @Override
    protected Store newStore() {
        return PostgresStore.open(PostgresTarget.parse(SharedPostgres.migratedDatabase("contract")), null);
    }
}
