package org.glossator.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresTargetTest {

    @Test
    void theLibpqFormBecomesAJdbcUrlAndKeepsItsParameters() {
        PostgresTarget target = PostgresTarget.parse("postgresql://db.example.org:5433/seminar?user=ada&sslmode=require");
        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/seminar?user=ada&sslmode=require");
        assertThat(target.display()).isEqualTo("postgresql://db.example.org:5433/seminar?user=ada&sslmode=require");
        assertThat(target.user()).contains("ada");
    }

    @Test
    void aJdbcUrlAndAUserBeforeTheHostAreUnderstood() {
        assertThat(PostgresTarget.parse("jdbc:postgresql://localhost/glossator").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/glossator");
        assertThat(PostgresTarget.parse("postgres://ben@localhost:5432/class").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/class?user=ben");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithAWayOut() {
        assertThatThrownBy(() -> PostgresTarget.parse("postgresql://ada:secret@localhost/g"))
                .hasMessageContaining("PGPASSWORD").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> PostgresTarget.parse("postgresql://localhost/g?user=ada&password=secret"))
                .hasMessageContaining("~/.pgpass");
    }

    @Test
    void tellsUrlsFromFiles() {
        assertThat(PostgresTarget.isUrl("postgresql://h/db")).isTrue();
        assertThat(PostgresTarget.isUrl("JDBC:postgresql://h/db")).isTrue();
        assertThat(PostgresTarget.isUrl("/home/ada/glossator.db")).isFalse();
        assertThat(PostgresTarget.isUrl("postgresql.db")).isFalse();
    }
}
