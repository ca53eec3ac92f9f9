package org.glossator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {
    @Test
    void writesWhatInstantToStringWrites() {
        Random random = new Random(7);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        int[] fractions = {0, 500_000_000, 123_000_000, 123_456_000, 123_456_789, 1, 1_000, 999_999_999};
        for (int i = 0; i < 20_000; i++) {
            long seconds = first + (long) (random.nextDouble() * (last - first));
            int nanos = i % 3 == 0 ? random.nextInt(1_000_000_000) : fractions[i % fractions.length];
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString());
        }
        for (String text : new String[] {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z",
                "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "0000-01-01T00:00:00Z"}) {
            Instant instant = Instant.parse(text);
            assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void readsBackWhatItWritesAndLeavesOtherFormsToTheFormatter() {
        Random random = new Random(11);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first)),
                    i % 2 == 0 ? random.nextInt(1_000_000_000) : 0);
            assertThat(IsoInstants.parseUtc(instant.toString())).isEqualTo(instant);
        }
        assertThat(IsoInstants.parseUtc("2024-05-01T12:30:00.5Z")).isEqualTo(Instant.parse("2024-05-01T12:30:00.5Z"));
        for (String other : new String[] {"2024-05-01T12:30:00+02:00", "2024-05-01T12:30:00", "2024-02-30T12:00:00Z",
                "2024-05-01T24:00:00Z", "2024-05-01T12:30:00.Z", "2024-05-01T12:30:00.1234567890Z",
                "2024-05-01 12:30:00Z", "+10000-01-01T00:00:00Z", "2024-05-01T12:3x:00Z"}) {
            assertThat(IsoInstants.parseUtc(other)).as(other).isNull();
        }
    }
}
