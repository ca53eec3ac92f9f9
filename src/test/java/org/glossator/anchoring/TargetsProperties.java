package org.glossator.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.glossator.domain.TextTarget;

class TargetsProperties {

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = List.of("a", "b", " ", "\n", "\u00E9", "e\u0301", "\uD83D\uDD13", "\uD835\uDD38",
                "\u201C", "\u2014", "word ", "\uD83D\uDE00\uD83C\uDFFD");
        return Arbitraries.of(pieces).list().ofMaxSize(120).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void charRangeToTargetToCharRangeRoundTrips(@ForAll("texts") String text, @ForAll int a, @ForAll int b) {
        int cps = text.codePointCount(0, text.length());
        int startCp = Math.floorMod(a, cps + 1);
        int endCp = startCp + Math.floorMod(b, cps - startCp + 1);
        int charStart = text.offsetByCodePoints(0, startCp);
        int charEnd = text.offsetByCodePoints(0, endCp);
        CodePointIndex index = new CodePointIndex(text);

        TextTarget target = Targets.fromCharRange(text, index, charStart, charEnd);

        assertThat(target.start()).isEqualTo(startCp);
        assertThat(target.end()).isEqualTo(endCp);
        assertThat(target.exact()).isEqualTo(text.substring(charStart, charEnd));
        assertThat(Targets.toCharRange(index, target)).containsExactly(charStart, charEnd);
    }

    @Property(tries = 300)
    void contextIsTheNearest32CodePointsWithoutSplittingPairs(@ForAll("texts") String text, @ForAll int a,
                                                             @ForAll int b) {
        int charStart = Math.floorMod(a, text.length() + 1);
        int charEnd = charStart + Math.floorMod(b, text.length() - charStart + 1);

        TextTarget target = Targets.fromCharRange(text, charStart, charEnd);

        String prefix = target.prefix();
        String suffix = target.suffix();
        int[] range = Targets.toCharRange(new CodePointIndex(text), target);
        assertThat(range[0]).isLessThanOrEqualTo(charStart);
        assertThat(range[1]).isGreaterThanOrEqualTo(charEnd);
        assertThat(text.substring(range[0] - prefix.length(), range[1] + suffix.length()))
                .isEqualTo(prefix + target.exact() + suffix);
        int before = text.codePointCount(0, range[0]);
        int after = text.codePointCount(range[1], text.length());
        assertThat(prefix.codePointCount(0, prefix.length())).isEqualTo(Math.min(TextTarget.CONTEXT_LENGTH, before));
        assertThat(suffix.codePointCount(0, suffix.length())).isEqualTo(Math.min(TextTarget.CONTEXT_LENGTH, after));
        assertThat(splitsPairAt(text, range[0] - prefix.length())).isFalse();
        assertThat(splitsPairAt(text, range[1] + suffix.length())).isFalse();
        assertThat(splitsPairAt(text, range[0])).isFalse();
        assertThat(splitsPairAt(text, range[1])).isFalse();
    }

    private static boolean splitsPairAt(String text, int at) {
        return at > 0 && at < text.length()
                && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }
}
