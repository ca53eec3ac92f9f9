package org.glossator.classroom.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;

/**
 * Which types each student gave each word token of a scope: a token carries a type when one of
 * the student's marks of that type overlaps it by at least one code point. Computed once per
 * scope (marks are placed on tokens by binary search), then turned into a kappa study per type
 * or for all types.
 */
final class TokenLabels {
    private static final String NONE = "-";

    private final List<String> types;
    private final int students;
    /** For student r, token i: bit t set when the student marked the token with types.get(t). */
    private final List<BitSet[]> marks;
    private final int tokens;

    private TokenLabels(List<String> types, int students, List<BitSet[]> marks, int tokens) {
        this.types = types;
        this.students = students;
        this.marks = marks;
        this.tokens = tokens;
    }

    static TokenLabels of(List<RatedArticle> scope, List<String> students, List<String> types) {
        List<int[]> all = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>(); // per article: first token index, token count
        for (RatedArticle article : scope) {
            List<int[]> words = Tokens.words(article.text());
            ranges.add(new int[] {all.size(), words.size()});
            all.addAll(words);
        }
        List<BitSet[]> marks = new ArrayList<>();
        for (String student : students) {
            BitSet[] perToken = new BitSet[all.size()];
            for (int a = 0; a < scope.size(); a++) {
                RatedArticle article = scope.get(a);
                int first = ranges.get(a)[0];
                int count = ranges.get(a)[1];
                var layer = article.students().getOrDefault(student, List.of());
                for (int t = 0; t < types.size(); t++) {
                    for (Span s : Span.mergedOfType(layer, types.get(t))) {
                        // The first token that ends after the span starts, then every token that starts before it ends.
                        for (int i = firstEndingAfter(all, first, first + count, s.start());
                             i < first + count && all.get(i)[0] < s.end(); i++) {
                            if (perToken[i] == null) {
                                perToken[i] = new BitSet(types.size());
                            }
                            perToken[i].set(t);
                        }
                    }
                }
            }
            marks.add(perToken);
        }
        return new TokenLabels(List.copyOf(types), students.size(), marks, all.size());
    }

    private static int firstEndingAfter(List<int[]> tokens, int from, int to, int position) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid)[1] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One item per token; per type the label is the type or "-", for all types (null) the set joined by "+". */
    CodingAnnotationStudy study(String typeKey) {
        int t = typeKey == null ? -1 : types.indexOf(typeKey);
        CodingAnnotationStudy study = new CodingAnnotationStudy(Math.max(students, 1));
        for (int i = 0; i < tokens; i++) {
            Object[] labels = new Object[students];
            for (int r = 0; r < students; r++) {
                BitSet set = marks.get(r)[i];
                labels[r] = t >= 0 ? (set != null && set.get(t) ? typeKey : NONE) : combined(set);
            }
            study.addItemAsArray(labels);
        }
        return study;
    }

    private String combined(BitSet set) {
        if (set == null || set.isEmpty()) {
            return NONE;
        }
        List<String> keys = new ArrayList<>();
        set.stream().forEach(t -> keys.add(types.get(t)));
        keys.sort(null);
        return String.join("+", keys);
    }
}
