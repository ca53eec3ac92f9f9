package org.glossator.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossator.anchoring.AnchorResult;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.anchoring.Reanchorer;
import org.glossator.anchoring.Targets;
import org.glossator.bench.SampleEditCases.EditCase;
import org.glossator.bench.SampleEditCases.Kind;
import org.glossator.domain.TextTarget;

/**
 * Runs the hard edit cases made from sample-corpus/ through both re-anchoring paths
 * ({@code reanchorAll} with the old text, {@code anchor} alone as on import) and counts, per
 * kind, what landed on the true range, what landed elsewhere (misplaced), and what was
 * orphaned. Shared by the accuracy regression test and the benchmark.
 */
final class SampleAccuracy {
    static final long SEED = 20_261_124L;
    static final int CASES_PER_KIND = 100;

    /** Counts for one path on one kind. */
    record Tally(int cases, int correct, int misplaced, int orphaned, int falseAnchors) {
        double accuracy() {
            return cases == 0 ? 1.0 : (double) correct / cases;
        }
    }

    record KindResult(Kind kind, Tally withOldText, Tally alone, List<String> misplacedExamples) {
    }

    private SampleAccuracy() {
    }

    static List<KindResult> run() {
        List<String> articles = SampleEditCases.sampleTexts(Path.of("sample-corpus"));
        SampleEditCases generator = new SampleEditCases(articles, SEED);
        List<KindResult> results = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<EditCase> cases = generator.generate(kind, CASES_PER_KIND);
            List<String> examples = new ArrayList<>();
            int[] all = new int[4];
            int[] alone = new int[4];
            for (EditCase c : cases) {
                TextTarget target = Targets.fromCharRange(c.oldText(), c.oldStart(), c.oldEnd());
                AnchorResult withDiff = new Reanchorer().reanchorAll(c.oldText(), c.newText(), List.of(target)).get(0);
                AnchorResult importPath = new Reanchorer().anchor(c.newText(), target);
                tally(c, withDiff, all, examples, "reanchorAll");
                tally(c, importPath, alone, examples, "anchor");
            }
            results.add(new KindResult(kind, new Tally(cases.size(), all[0], all[1], all[2], all[3]),
                    new Tally(cases.size(), alone[0], alone[1], alone[2], alone[3]), examples));
        }
        return results;
    }

    private static void tally(EditCase c, AnchorResult result, int[] counts, List<String> examples, String path) {
        if (result.isOrphaned()) {
            counts[2]++;
            counts[0] += c.mustOrphan() ? 1 : 0;
            if (!c.mustOrphan()) {
                examples.add(path + " orphaned: " + describe(c, null));
            }
            return;
        }
        int[] range = Targets.toCharRange(new CodePointIndex(c.newText()), result.target());
        if (!c.mustOrphan() && range[0] == c.newStart() && range[1] == c.newEnd()) {
            counts[0]++;
            return;
        }
        counts[1]++;
        counts[3] += c.mustOrphan() ? 1 : 0;
        examples.add(path + " misplaced: " + describe(c, range));
    }

    private static String describe(EditCase c, int[] got) {
        String old = c.oldText().substring(c.oldStart(), c.oldEnd());
        String expected = c.mustOrphan() ? "(orphan)" : c.newText().substring(c.newStart(), c.newEnd());
        String found = got == null ? "(orphan)" : c.newText().substring(got[0], got[1]) + " @" + got[0];
        return String.format(Locale.ROOT, "[%s] old=<%s>@%d expected=<%s>@%d got=<%s>", c.kind(), old, c.oldStart(),
                expected, c.newStart(), found);
    }

    /** The Markdown table the benchmark prints and docs/benchmarks.md shows. */
    static String table(List<KindResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| Edit (sample-corpus) | Cases | reanchorAll correct | misplaced | orphaned | anchor() correct "
                + "| misplaced | orphaned | false anchors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int cases = 0;
        int correctAll = 0;
        int correctAlone = 0;
        for (KindResult r : results) {
            Tally a = r.withOldText();
            Tally b = r.alone();
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %d |%n", r.kind().label,
                    a.cases(), pct(a.correct(), a.cases()), pct(a.misplaced(), a.cases()),
                    pct(a.orphaned(), a.cases()), pct(b.correct(), b.cases()), pct(b.misplaced(), b.cases()),
                    pct(b.orphaned(), b.cases()), a.falseAnchors() + b.falseAnchors()));
            cases += a.cases();
            correctAll += a.correct();
            correctAlone += b.correct();
        }
        out.append(String.format(Locale.ROOT, "| **all** | %d | %s | | | %s | | | |%n", cases, pct(correctAll, cases),
                pct(correctAlone, cases)));
        return out.toString();
    }

    private static String pct(int count, int of) {
        return String.format(Locale.ROOT, "%.1f%%", of == 0 ? 0.0 : 100.0 * count / of);
    }

    public static void main(String[] args) {
        List<KindResult> results = run();
        System.out.print(table(results));
        if (args.length > 0) {
            results.forEach(r -> r.misplacedExamples().forEach(System.out::println));
        }
    }
}
