package org.glossator.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The test PostgreSQL starts on this machine (as root too) and answers queries. */
class EmbeddedPostgresStartsTest {

    @Test
    void aFreshDatabaseAnswers() throws Exception {
        String url = SharedPostgres.freshDatabase("starts");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int, current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(140000);
            assertThat(rs.getString(2)).startsWith("starts_");
        }
    }
}
