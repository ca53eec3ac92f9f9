package org.glossator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opening a plain start begins while the JavaFX toolkit starts, and what init() takes from it. */
class StartupOpeningTest {
    @TempDir
    Path dir;

    @Test
    void theOpeningBegunEarlyIsTakenOnceAndOnlyForItsOwnDatabase() {
        // Its own file: the opening begun here goes on in the background after being passed over.
        StartupOpening.beginEarly(dir.resolve("passed-over.db").toString());
        assertThat(StartupOpening.takeEarly(dir.resolve("other.db").toString())).isNull();

        String database = dir.resolve("reading.db").toString();
        StartupOpening.beginEarly(database);
        StartupOpening opened = StartupOpening.takeEarly(database);
        assertThat(opened.failure).isNull();
        try {
            assertThat(opened.failure).isNull();
            assertThat(opened.database).isEqualTo(Path.of(database));
            assertThat(opened.store.articles().count()).isZero(); // not the default database: no samples
            assertThat(opened.types).isNotEmpty();
            assertThat(opened.backupDue).isTrue();
            assertThat(StartupOpening.takeEarly(database)).isNull();
        } finally {
            opened.store.close();
        }
    }

    @Test
    void aDatabaseArgumentThatNamesNothingUsableIsKeptAsTheFailureToShow() {
        StartupOpening opening = StartupOpening.forArgument("postgresql://[broken").open();
        assertThat(opening.failure).isNotNull();
        assertThat(opening.store).isNull();
    }
}
