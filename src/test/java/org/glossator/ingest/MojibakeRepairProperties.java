package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Repair must never alter text that has no mojibake: generated sentences mixing
 * accented words (lower case, capitalised, all capitals), symbols, emoji, CJK and
 * curly quotes in every role (opening, closing, apostrophe inside and before a word).
 */
class MojibakeRepairProperties {
    private static final List<String> WORDS = List.of("café", "naïve", "Zoë", "São", "Paulo", "irmã", "Ærø",
            "Øresund", "François", "Müller", "Dvořák", "Łódź", "señor", "año", "straße", "déjà", "élève", "über",
            "crème", "brûlée", "façade", "Ωmega", "Ελλάδα", "Москва", "日本語", "中文", "한국어", "fiancée", "smörgåsbord",
            "Šibenik", "Žižek", "œuvre", "Ægir", "Ñandú", "ÉCOLE", "CAFÉ", "IRMÃ", "MAÇÃ", "AÑO", "ÜBER", "Â", "Ã",
            "the", "claim", "and", "rock", "roll", "data", "is", "not");
    private static final List<String> SYMBOLS = List.of("€", "£", "¥", "©", "®", "™", "°", "±", "½", "§", "¶",
            "•", "…", "—", "–", "√2", "∞", "≠", "Ω", "µ", "×", "÷", "¬", "‰", "†", "🙂", "👩🏽‍💻", "🇫🇷", "🚀",
            "☃", "✓", "→", "¿", "¡", "·");

    @Property(tries = 2000)
    void repairNeverAltersValidText(@ForAll("validText") String text) {
        MojibakeRepair.Result result = MojibakeRepair.repair(text);

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.repairs()).isEmpty();
    }

    @Provide
    Arbitrary<String> validText() {
        return token().list().ofMinSize(1).ofMaxSize(40).map(tokens -> String.join(" ", tokens));
    }

    private Arbitrary<String> token() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), randomAccentedWord());
        Arbitrary<String> quoted = Combinators.combine(word, Arbitraries.of(
                        "‘%s’", "“%s”", "«%s»", "‹%s›", "„%s“", "‚%s‘", "%s’s", "‘%s", "%s’", "l’%s", "%s‘n’",
                        "%s,", "%s.", "%s;", "%s!", "%s?", "%s—", "(%s)", "%s…", "¡%s!", "¿%s?", "%s\u00A0:", "%s"))
                .as((w, pattern) -> String.format(pattern, w));
        Arbitrary<String> number = Combinators.combine(Arbitraries.integers().between(0, 9999),
                        Arbitraries.of("€%d", "%d €", "£%d", "%d°C", "%d%%", "%d½", "%d×%d", "№%d", "%d"))
                .as((n, pattern) -> String.format(pattern, n, n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, quoted),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(SYMBOLS)),
                net.jqwik.api.Tuple.of(2, number));
    }

    /**
     * Lower-case words over accented letters. Capitals come from the word list only: a
     * made-up capitalised word such as "Äì" after a German low quote ("‚Äì") is byte for
     * byte the Mac Roman mojibake of "–", and no real word starts that way.
     */
    private Arbitrary<String> randomAccentedWord() {
        return Arbitraries.strings().withChars("abcdeéèêëàâäáãåæçíìîïñóòôöõøœúùûüýÿßšžłőűčřğış")
                .ofMinLength(1).ofMaxLength(10);
    }
}
