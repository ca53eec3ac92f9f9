package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.glossator.domain.TextRepair;
import org.glossator.domain.TextRepair.Kind;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {
    private static final String SENTENCE = "The caf\u00e9\u2019s owner said \u201cna\u00efve\u201d pricing "
            + "\u2014 \u20ac4 a cup \u2014 was over; Zo\u00eb agreed\u2026";

    @Test
    void repairsUtf8ReadAsWindows1252() {
        String damaged = Mojibake.asWindows1252(SENTENCE);
        assertThat(damaged).contains("â€™").contains("Ã©");

        MojibakeRepair.Result result = MojibakeRepair.repair(damaged);

        assertThat(result.text()).isEqualTo(SENTENCE);
        assertThat(result.repairs()).containsExactly(new TextRepair(Kind.UTF8_AS_WINDOWS_1252, 10));
    }

    @Test
    void repairsUtf8ReadAsMacRoman() {
        String damaged = Mojibake.asMacRoman(SENTENCE);
        assertThat(damaged).contains("‚Äô").contains("‚Äú");

        MojibakeRepair.Result result = MojibakeRepair.repair(damaged);

        assertThat(result.text()).isEqualTo(SENTENCE);
        assertThat(result.repairs()).containsExactly(new TextRepair(Kind.UTF8_AS_MAC_ROMAN, 10));
    }

    @Test
    void repairsUtf8ReadAsLatin1WithItsC1Controls() {
        String damaged = Mojibake.asLatin1(SENTENCE);
        assertThat(damaged).contains("\u0080");

        MojibakeRepair.Result result = MojibakeRepair.repair(damaged);

        assertThat(result.text()).isEqualTo(SENTENCE);
        assertThat(result.repairs()).extracting(TextRepair::kind)
                .containsOnly(Kind.UTF8_AS_LATIN_1, Kind.UTF8_AS_WINDOWS_1252);
        assertThat(result.repairs().stream().mapToInt(TextRepair::count).sum()).isEqualTo(10);
    }

    @Test
    void repairsDoubleEncodedText() {
        String damaged = Mojibake.asWindows1252(Mojibake.asWindows1252(SENTENCE));
        assertThat(damaged).contains("Ã¢â‚¬â„¢");

        MojibakeRepair.Result result = MojibakeRepair.repair(damaged);

        assertThat(result.text()).isEqualTo(SENTENCE);
        assertThat(result.repairs()).containsExactly(new TextRepair(Kind.UTF8_AS_WINDOWS_1252_TWICE, 10));
    }

    @Test
    void repairsEmojiAndCjkMojibake() {
        String sentence = "Launch day \uD83D\uDE80 \u4E2D\u6587 \u0420\u0443\u0441\u0441\u043A\u0438\u0439.";

        assertThat(MojibakeRepair.repair(Mojibake.asWindows1252(sentence)).text()).isEqualTo(sentence);
    }

    @Test
    void mapsStrayC1ControlsAsWindows1252AndDropsUndefinedOnes() {
        // Windows-1252 text read as Latin-1: 0x92 is the apostrophe, 0x81 means nothing.
        MojibakeRepair.Result result = MojibakeRepair.repair("It\u0092s \u0093fine\u0094\u0081.");

        assertThat(result.text()).isEqualTo("It\u2019s \u201cfine\u201d.");
        assertThat(result.repairs()).containsExactly(new TextRepair(Kind.C1_CONTROLS_MAPPED, 3),
                new TextRepair(Kind.C1_CONTROLS_REMOVED, 1));
    }

    @Test
    void leavesCorrectTextByteForByte() {
        String[] guards = {
            SENTENCE,
            "\u2018Tis the season; rock \u2018n\u2019 roll in the \u201890s.",
            "\u00C9L\u00C8VE \u201CCAF\u00C9\u201D and \u00ABIRM\u00C3\u00BB, S\u00C3O PAULO, \u00D1and\u00FA.",
            "\u03A9 = 42 \u00B7 \u20AC 3,50 \u00B7 20 \u00B0C \u00B7 \u00BD \u00B7 \u00A9 2024 \u00B7 \u221A2 \u00AC p",
            "Fran\u00E7ois, M\u00FCller, \u00D8resund, \u00C6r\u00F8, Dvo\u0159\u00E1k, \u0141\u00F3d\u017A.",
            "l\u2019\u00E9t\u00E9 \u2014\u00E9tait\u2014 \u201C\u00E0 la\u201D fin",
            "\u65E5\u672C\u8A9E \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB \u2603 \u2122 \u2030",
        };
        for (String guard : guards) {
            MojibakeRepair.Result result = MojibakeRepair.repair(guard);
            assertThat(result.text()).as(guard).isEqualTo(guard);
            assertThat(result.repairs()).as(guard).isEmpty();
        }
    }

    @Test
    void repairsMojibakeButKeepsCorrectCapitalBeforeQuoteInTheSameText() {
        String damaged = Mojibake.asWindows1252("d\u00e9j\u00e0 vu") + " \u201cCAF\u00c9\u201d";

        assertThat(MojibakeRepair.repair(damaged).text()).isEqualTo("d\u00e9j\u00e0 vu \u201cCAF\u00c9\u201d");
    }
}
