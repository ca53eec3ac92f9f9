package org.glossator.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialogsTest {
    @Test
    void aSummaryGetsARowForEveryWrappedLineSoItsLastSentenceIsNotCutOff() {
        String longLine = "word ".repeat(60); // 300 characters: five rows at 64 a row
        assertThat(Dialogs.rowsFor(longLine + "\nLast sentence.", 16)).isEqualTo(5 + 1 + 1);
        assertThat(Dialogs.rowsFor("one\ntwo", 16)).isEqualTo(3);
        assertThat(Dialogs.rowsFor(longLine.repeat(10), 16)).isEqualTo(16);
    }
}
