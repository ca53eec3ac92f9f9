package org.glossator.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedConnectionTest {
    @Test
    void fieldsBecomeTheUrlTheCommandLineTakesAndBack() {
        SharedConnection c = SharedConnection.of(" db.example.org ", "", "seminar", "ada");
        assertThat(c.url()).isEqualTo("postgresql://db.example.org:5432/seminar?user=ada");
        assertThat(c.label()).isEqualTo("ada @ seminar on db.example.org");
        assertThat(SharedConnection.parse(c.url())).contains(c);
        assertThat(SharedConnection.of("10.0.0.5", "6543", "class_7", "t.jones").label())
                .isEqualTo("t.jones @ class_7 on 10.0.0.5:6543");
    }

    @Test
    void fieldsThatCannotMakeAConnectionAreNamedInWords() {
        assertThat(SharedConnection.problem("db", "5432", "", "ada")).get().asString().contains("database");
        assertThat(SharedConnection.problem("db", "99999", "seminar", "ada")).get().asString().contains("65535");
        assertThat(SharedConnection.problem("db", "x", "seminar", "ada")).get().asString().contains("port");
        assertThat(SharedConnection.problem("db host", "", "seminar", "ada")).get().asString().contains("server");
        assertThat(SharedConnection.problem("db", "", "semi nar", "ada")).isPresent();
        assertThat(SharedConnection.problem("db", "", "seminar", "ada")).isEmpty();
    }

    @Test
    void theRecentListPutsTheLastUsedFirstKeepsFiveAndSkipsWhatIsNotAConnection() {
        List<SharedConnection> five = List.of(1, 2, 3, 4, 5).stream()
                .map(i -> SharedConnection.of("h" + i, "", "d", "u")).toList();
        SharedConnection used = SharedConnection.of("h3", "", "d", "u");
        String stored = SharedConnection.writeRecent(used, five);
        assertThat(SharedConnection.readRecent(stored)).extracting(SharedConnection::host)
                .containsExactly("h3", "h1", "h2", "h4", "h5");
        String withNew = SharedConnection.writeRecent(SharedConnection.of("h9", "", "d", "u"),
                SharedConnection.readRecent(stored));
        assertThat(SharedConnection.readRecent(withNew)).hasSize(5).first().extracting(SharedConnection::host)
                .isEqualTo("h9");
        assertThat(SharedConnection.readRecent("jdbc:sqlite:x.db\n/tmp/file.db\npostgresql://h/d?user=u"))
                .containsExactly(SharedConnection.of("h", "", "d", "u"));
    }
}
