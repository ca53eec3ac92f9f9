package org.glossator.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.glossator.anchoring.AnchorOutcome;
import org.glossator.anchoring.AnchorResult;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.anchoring.Reanchorer;
import org.glossator.anchoring.Targets;
import org.glossator.bench.ReanchorAccuracyCases.Case;
import org.glossator.bench.ReanchorAccuracyCases.CaseSet;
import org.glossator.bench.ReanchorAccuracyCases.Category;
import org.glossator.domain.TextTarget;

/**
 * Re-anchoring benchmark: (a) time to re-anchor 10,000 targets after an editing session
 * on a ~1 MB article (target: under 1 s); (b) accuracy by kind of edit, for
 * {@code reanchorAll} (old text known) and {@code anchor} alone (import: no old text).
 * Everything is generated from fixed seeds, so runs are comparable.
 */
public final class ReanchorBenchmark {
    private static final long SEED = 20_240_611L;
    private static final int ARTICLE_CHARS = 1_000_000;
    private static final int TARGETS = 10_000;
    private static final int WARM_UPS = 3;
    private static final int RUNS = 7;
    private static final int IMPORT_SAMPLE = 1_000;
    /** The machine is shared: thread CPU time shows the work apart from waiting for a core. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int CASES_PER_CATEGORY = 250;
    /** Paragraphs per block of the editing session; each block gets at most one edit, so edits never collide. */
    private static final int BLOCK = 5;

    private ReanchorBenchmark() {
    }

    public static void main(String[] args) {
        long began = System.nanoTime();
        ReanchorTextGenerator generator = new ReanchorTextGenerator(SEED);
        String article = generator.article(ARTICLE_CHARS);
        ReanchorAccuracyCases cases = new ReanchorAccuracyCases(article, generator, SEED + 2);

        System.out.println("## Re-anchoring benchmark");
        System.out.println();
        timing(article, cases, new Random(SEED + 1));
        System.out.println();
        accuracy(cases);
        System.out.println();
        System.out.printf(Locale.ROOT, "### Accuracy on hard edits of the sample corpus (%d cases per kind; the same "
                + "cases as ReanchorAccuracyTest; false anchors = deleted passages anchored)%n%n",
                SampleAccuracy.CASES_PER_KIND);
        System.out.print(SampleAccuracy.table(SampleAccuracy.run()));
        System.out.printf(Locale.ROOT, "%nTotal benchmark time: %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    // ---- (a) timing ----

    private static void timing(String article, ReanchorAccuracyCases cases, Random random) {
        ReanchorEditedText session = new ReanchorEditedText(article);
        Map<Category, Integer> applied = editingSession(cases, session, random);
        session.build();
        String oldText = session.oldText();
        String newText = session.newText();
        List<TextTarget> targets = randomTargets(oldText, random);

        System.out.printf(Locale.ROOT, "Article: %,d chars (%,d paragraphs); new text %,d chars; %,d targets "
                        + "(%,d overlap another).%n", oldText.length(), ReanchorTextGenerator.paragraphs(oldText).size(),
                newText.length(), targets.size(), countOverlapping(targets));
        StringBuilder edits = new StringBuilder();
        int total = 0;
        for (Map.Entry<Category, Integer> e : applied.entrySet()) {
            edits.append(edits.length() == 0 ? "" : ", ").append(e.getValue()).append(' ')
                    .append(e.getKey().label.toLowerCase(Locale.ROOT));
            total += e.getValue();
        }
        System.out.printf(Locale.ROOT, "Editing session: %d edits (%s).%n", total, edits);

        for (int i = 0; i < WARM_UPS; i++) {
            new Reanchorer().reanchorAll(oldText, newText, targets);
        }
        double[] millis = new double[RUNS];
        double[] cpuMillis = new double[RUNS];
        List<AnchorResult> results = null;
        for (int i = 0; i < RUNS; i++) {
            Reanchorer fresh = new Reanchorer();
            long cpu = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            results = fresh.reanchorAll(oldText, newText, targets);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        Map<AnchorOutcome, Integer> outcomes = new EnumMap<>(AnchorOutcome.class);
        for (AnchorResult result : results) {
            outcomes.merge(result.outcome(), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "reanchorAll, %,d targets: median %.1f ms (min %.1f, max %.1f; %d runs after "
                        + "%d warm-ups; CPU time of the thread: median %.1f ms) -> %s%n", targets.size(),
                millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS, WARM_UPS, cpuMillis[RUNS / 2], outcomes);

        List<TextTarget> sample = targets.subList(0, IMPORT_SAMPLE);
        for (int i = 0; i < WARM_UPS; i++) {
            new Reanchorer().anchorAll(newText, sample);
        }
        double[] withIndex = new double[RUNS];
        double[] indexed = new double[RUNS];
        double[] indexedCpu = new double[RUNS];
        List<AnchorResult> imported = null;
        for (int run = 0; run < RUNS; run++) {
            Reanchorer importer = new Reanchorer();
            long start = System.nanoTime();
            imported = anchorEach(importer, newText, sample);
            withIndex[run] = (System.nanoTime() - start) / 1e6;
            long cpu = CPU.getCurrentThreadCpuTime();
            start = System.nanoTime();
            anchorEach(importer, newText, sample);
            indexed[run] = (System.nanoTime() - start) / 1e6;
            indexedCpu[run] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(withIndex);
        Arrays.sort(indexed);
        Arrays.sort(indexedCpu);
        Map<AnchorOutcome, Integer> importOutcomes = new EnumMap<>(AnchorOutcome.class);
        for (AnchorResult result : imported) {
            importOutcomes.merge(result.outcome(), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "anchor() alone (import path), first %,d targets on the new text: median %.0f ms "
                        + "including the text index built once (%.3f ms/target); %.0f ms once built (%.3f ms/target; "
                        + "CPU time %.3f ms/target) -> %s%n", IMPORT_SAMPLE, withIndex[RUNS / 2],
                withIndex[RUNS / 2] / IMPORT_SAMPLE, indexed[RUNS / 2], indexed[RUNS / 2] / IMPORT_SAMPLE,
                indexedCpu[RUNS / 2] / IMPORT_SAMPLE, importOutcomes);
    }

    private static List<AnchorResult> anchorEach(Reanchorer reanchorer, String text, List<TextTarget> targets) {
        List<AnchorResult> results = new ArrayList<>(targets.size());
        for (TextTarget target : targets) {
            results.add(reanchorer.anchor(text, target));
        }
        return results;
    }

    /** One edit in some blocks of paragraphs, of every category, for a heavy editing session. */
    private static Map<Category, Integer> editingSession(ReanchorAccuracyCases cases, ReanchorEditedText session,
                                                         Random random) {
        Map<Category, Integer> wanted = new EnumMap<>(Category.class);
        wanted.put(Category.INSERTED_PARAGRAPH, 25);
        wanted.put(Category.DELETED_PARAGRAPH, 25);
        wanted.put(Category.MOVED_PARAGRAPH, 10);
        wanted.put(Category.TYPO_INSIDE, 90);
        wanted.put(Category.TYPO_AROUND, 60);
        wanted.put(Category.WHITESPACE, 80);
        wanted.put(Category.QUOTE_MARKS, 80);
        wanted.put(Category.DELETED_PASSAGE, 25);
        int blocks = (cases.paragraphs().size() - BLOCK) / BLOCK;
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            order.add(b);
        }
        java.util.Collections.shuffle(order, random);
        Map<Category, Integer> applied = new EnumMap<>(Category.class);
        int next = 0;
        for (Map.Entry<Category, Integer> want : wanted.entrySet()) {
            int done = 0;
            while (done < want.getValue() && next < order.size()) {
                int paragraph = order.get(next++) * BLOCK + 1;
                if (cases.applyEdit(want.getKey(), paragraph, session)) {
                    done++;
                }
            }
            applied.put(want.getKey(), done);
        }
        return applied;
    }

    /** Word-aligned selections anywhere (some across paragraphs), plus some nested in earlier ones. */
    private static List<TextTarget> randomTargets(String text, Random random) {
        List<int[]> words = ReanchorTextGenerator.words(text, 0, text.length());
        CodePointIndex index = new CodePointIndex(text);
        List<int[]> ranges = new ArrayList<>();
        List<TextTarget> targets = new ArrayList<>();
        while (targets.size() < TARGETS) {
            int[] range;
            if (!ranges.isEmpty() && random.nextInt(20) == 0) {
                int[] outer = ranges.get(random.nextInt(ranges.size()));
                List<int[]> inner = ReanchorTextGenerator.words(text, outer[0], outer[1]);
                int first = random.nextInt(inner.size());
                int last = first + random.nextInt(inner.size() - first);
                range = new int[] {inner.get(first)[0], inner.get(last)[1]};
            } else {
                int first = random.nextInt(words.size());
                int last = Math.min(words.size() - 1, first + ReanchorAccuracyCases.quoteLength(random) - 1);
                range = new int[] {words.get(first)[0], words.get(last)[1]};
            }
            ranges.add(range);
            targets.add(Targets.fromCharRange(text, index, range[0], range[1]));
        }
        return targets;
    }

    private static int countOverlapping(List<TextTarget> targets) {
        List<TextTarget> sorted = new ArrayList<>(targets);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        boolean[] overlaps = new boolean[sorted.size()];
        int furthestEnd = -1;
        int furthestIndex = -1;
        for (int i = 0; i < sorted.size(); i++) {
            TextTarget t = sorted.get(i);
            if (t.start() < furthestEnd) {
                overlaps[i] = true;
                overlaps[furthestIndex] = true;
            }
            if (t.end() > furthestEnd) {
                furthestEnd = t.end();
                furthestIndex = i;
            }
        }
        int count = 0;
        for (boolean o : overlaps) {
            count += o ? 1 : 0;
        }
        return count;
    }

    // ---- (b) accuracy ----

    private static void accuracy(ReanchorAccuracyCases generator) {
        System.out.printf(Locale.ROOT, "### Accuracy (%d cases per kind of edit, one ~1 MB article each; "
                + "correct = exact expected range, or orphaned for deleted passages)%n%n", CASES_PER_CATEGORY);
        System.out.println("| Edit | Cases | reanchorAll correct | misplaced | orphaned | anchor() correct | misplaced "
                + "| orphaned |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Category category : Category.values()) {
            CaseSet set = generator.generate(category, CASES_PER_CATEGORY);
            CodePointIndex oldIndex = new CodePointIndex(set.oldText());
            List<TextTarget> targets = new ArrayList<>();
            for (Case c : set.cases()) {
                targets.add(Targets.fromCharRange(set.oldText(), oldIndex, c.oldStart(), c.oldEnd()));
            }
            List<AnchorResult> all = new Reanchorer().reanchorAll(set.oldText(), set.newText(), targets);
            Reanchorer importer = new Reanchorer();
            List<AnchorResult> alone = new ArrayList<>();
            for (TextTarget target : targets) {
                alone.add(importer.anchor(set.newText(), target));
            }
            Score withDiff = score(set, all);
            Score withoutDiff = score(set, alone);
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s |%n", category.label,
                    set.cases().size(), withDiff.correct(), withDiff.misplaced(), withDiff.orphaned(),
                    withoutDiff.correct(), withoutDiff.misplaced(), withoutDiff.orphaned());
        }
    }

    private record Score(int cases, int correctCount, int misplacedCount, int orphanedCount) {
        String correct() {
            return percent(correctCount);
        }

        String misplaced() {
            return percent(misplacedCount);
        }

        String orphaned() {
            return percent(orphanedCount);
        }

        private String percent(int count) {
            return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / cases);
        }
    }

    private static Score score(CaseSet set, List<AnchorResult> results) {
        CodePointIndex newIndex = new CodePointIndex(set.newText());
        int correct = 0;
        int misplaced = 0;
        int orphaned = 0;
        for (int i = 0; i < results.size(); i++) {
            Case c = set.cases().get(i);
            AnchorResult result = results.get(i);
            if (result.outcome() == AnchorOutcome.ORPHANED) {
                orphaned++;
                correct += c.mustOrphan() ? 1 : 0;
                continue;
            }
            int[] range = Targets.toCharRange(newIndex, result.target());
            if (!c.mustOrphan() && range[0] == c.newStart() && range[1] == c.newEnd()) {
                correct++;
            } else {
                misplaced++;
            }
        }
        return new Score(results.size(), correct, misplaced, orphaned);
    }
}
