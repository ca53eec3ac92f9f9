package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glossator.domain.TextTarget;
import org.junit.jupiter.api.Test;

class TargetsTest {
    private static final String LOCK = "\uD83D\uDD13";
    private static final String DOUBLE_A = "\uD835\uDD38";

    @Test
    void offsetsCountCodePointsBeforeInsideAndAfterTheSelection() {
        String text = LOCK + " Open the " + DOUBLE_A + " gate" + LOCK + " now";
        int charStart = text.indexOf("the");
        int charEnd = text.indexOf(" now");
        TextTarget target = Targets.fromCharRange(text, charStart, charEnd);

        assertThat(target.exact()).isEqualTo("the " + DOUBLE_A + " gate" + LOCK);
        assertThat(target.start()).isEqualTo(charStart - 1);
        assertThat(target.end()).isEqualTo(charEnd - 3);
        assertThat(target.prefix()).isEqualTo(LOCK + " Open ");
        assertThat(target.suffix()).isEqualTo(" now");
        assertThat(Targets.toCharRange(new CodePointIndex(text), target)).containsExactly(charStart, charEnd);
    }

    @Test
    void combiningMarksStayWithTheSelection() {
        String text = "Un cafe\u0301 noir";
        TextTarget target = Targets.fromCharRange(text, 3, 8);
        assertThat(target.exact()).isEqualTo("cafe\u0301");
        assertThat(target).extracting(TextTarget::start, TextTarget::end).containsExactly(3, 8);
        assertThat(target.suffix()).isEqualTo(" noir");
    }

    @Test
    void contextIsAtMost32CodePointsAndNeverSplitsAPair() {
        String emoji = LOCK.repeat(40);
        String text = emoji + "quote" + emoji;
        TextTarget target = Targets.fromCharRange(text, 80, 85);

        assertThat(target.prefix()).isEqualTo(LOCK.repeat(32));
        assertThat(target.suffix()).isEqualTo(LOCK.repeat(32));
        assertThat(target.prefix().codePointCount(0, target.prefix().length())).isEqualTo(TextTarget.CONTEXT_LENGTH);
        assertThat(target.start()).isEqualTo(40);
    }

    @Test
    void contextOfOddLengthStillStopsAtPairBoundaries() {
        String text = "x" + LOCK.repeat(40) + "y" + "quote" + "z" + DOUBLE_A.repeat(40) + "w";
        int charStart = text.indexOf("quote");
        TextTarget target = Targets.fromCharRange(text, charStart, charStart + 5);

        assertThat(target.prefix()).isEqualTo(LOCK.repeat(31) + "y").hasSize(63);
        assertThat(target.suffix()).isEqualTo("z" + DOUBLE_A.repeat(31)).hasSize(63);
    }

    @Test
    void selectionEdgesInsideAPairTakeTheWholeCharacter() {
        String text = "a" + LOCK + "b" + DOUBLE_A + "c";
        TextTarget target = Targets.fromCharRange(text, 2, 5);
        assertThat(target.exact()).isEqualTo(LOCK + "b" + DOUBLE_A);
        assertThat(target).extracting(TextTarget::start, TextTarget::end).containsExactly(1, 4);
    }

    @Test
    void toCharRangeClampsTargetsBeyondTheText() {
        CodePointIndex index = new CodePointIndex("short" + LOCK);
        TextTarget target = new TextTarget(3, 99, "rt" + LOCK + "...", "", "");
        assertThat(Targets.toCharRange(index, target)).containsExactly(3, 7);
    }

    @Test
    void rejectsSelectionsOutsideTheText() {
        assertThatThrownBy(() -> Targets.fromCharRange("abc", 2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Targets.fromCharRange("abc", 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
