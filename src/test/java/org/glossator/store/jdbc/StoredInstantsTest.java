package org.glossator.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class StoredInstantsTest {
    @Test
    void readsWhatInstantToStringWritesAsInstantParseWould() {
        for (String text : new String[] {"2024-01-01T00:00:00Z", "2024-02-29T23:59:59.5Z", "1999-12-31T12:30:45.123Z",
                "2026-11-24T08:00:00.123456Z", "2026-11-24T08:00:00.123456789Z", "1970-01-01T00:00:00Z",
                "1969-07-20T20:17:40Z", "+10000-01-01T00:00:00Z", "2024-01-01T00:00:60Z"}) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> StoredInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
                continue;
            }
            assertThat(StoredInstants.parse(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void rejectsAnImpossibleDateAsInstantParseDoes() {
        assertThatThrownBy(() -> StoredInstants.parse("2023-02-29T00:00:00Z"))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredInstants.parse("not a time at all, really"))
                .isInstanceOf(DateTimeParseException.class);
    }
}
