package org.glossator.exchange;

import static org.glossator.domain.Counts.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossator.domain.Counts;

/**
 * What importing one file did. Every annotation in the file is counted exactly once, in
 * anchored, reanchored, orphaned (the three that were stored), unmatched, alreadyPresent,
 * notPlaceable or skipped. Annotations with a problem of their own are also listed in
 * {@code problems}, each with what was done with it.
 *
 * @param anchored          stored where the file said (the quote is at the stated position)
 * @param reanchored        stored at a new position found by re-anchoring
 * @param orphaned          stored as orphans (old target kept) because they could not be anchored with confidence
 * @param unmatched         not stored: no article in the database or in the file matches their source
 * @param alreadyPresent    not stored: an annotation with the same id is already in the database and is
 *                          at least as recent (same or later {@code modified})
 * @param updated           of the stored ones, how many replaced an older copy with the same id
 * @param notPlaceable      not stored: Hypothesis page notes and replies, which have no text selector
 * @param articlesAdded     embedded articles added to the corpus
 * @param typesCreated      annotation types added to the scheme, by key
 * @param linksRestored     links added (both ends exist after the import; links already there are left as they are)
 * @param linksUnresolved   links not saved because one end is missing
 * @param unmatchedSources  for unmatched annotations: source IRI to count
 * @param warnings          things the user should know that did not stop the import
 * @param skipped           not stored: items with a problem that left nothing to keep (see {@code problems})
 * @param problems          every annotation with a problem of its own, by id, with the reason and outcome
 */
public record ImportSummary(String fileName, int anchored, int reanchored, int orphaned, int unmatched,
                            int alreadyPresent, int updated, int notPlaceable, int articlesAdded,
                            List<String> typesCreated, int linksRestored, int linksUnresolved,
                            Map<String, Integer> unmatchedSources, List<String> warnings, int skipped,
                            List<ImportProblem> problems) {
    public ImportSummary {
        problems = List.copyOf(problems);
        typesCreated = List.copyOf(typesCreated);
        unmatchedSources = Map.copyOf(unmatchedSources);
        warnings = List.copyOf(warnings);
    }

    /** Annotations written to the database. */
    public int stored() {
        return anchored + reanchored + orphaned;
    }

    /** Annotations read from the file. */
    public int total() {
        return stored() + unmatched + alreadyPresent + notPlaceable + skipped;
    }

    /** Whether anything was listed: the CLI then exits with status 1, the dialog shows the list. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** One line per annotation with a problem, for a CLI or dialog. */
    public List<String> problemReport() {
        return problems.stream().map(ImportProblem::describe).toList();
    }

    /** Why each unmatched source could not be placed, one line each, for a CLI or dialog. */
    public List<String> unmatchedReport() {
        List<String> lines = new ArrayList<>();
        unmatchedSources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> lines.add(
                Counts.of(e.getValue(), "annotation", "annotations") + " on " + e.getKey()
                        + ": no article in the database has this URL or text, and the file does not embed it"));
        return lines;
    }

    /** One line for a CLI or dialog, e.g. {@code 12 anchored, 3 re-anchored, 1 orphaned, 2 unmatched}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(grouped(anchored)).append(" anchored, ").append(grouped(reanchored)).append(" re-anchored, ")
                .append(grouped(orphaned)).append(" orphaned");
        if (updated > 0) {
            s.append(" (").append(grouped(updated)).append(" of them replaced older copies)");
        }
        if (unmatched > 0) {
            s.append(", ").append(grouped(unmatched)).append(" unmatched");
        }
        if (alreadyPresent > 0) {
            s.append(", ").append(grouped(alreadyPresent)).append(" already present");
        }
        if (notPlaceable > 0) {
            s.append(", ").append(grouped(notPlaceable))
                    .append(" skipped (page notes or replies without a text selector)");
        }
        if (skipped > 0) {
            s.append(", ").append(grouped(skipped)).append(" not imported");
        }
        if (!problems.isEmpty()) {
            s.append("; ").append(Counts.of(problems.size(), "annotation", "annotations"))
                    .append(" with problems (listed)");
        }
        if (articlesAdded > 0) {
            s.append("; ").append(Counts.of(articlesAdded, "article", "articles")).append(" added");
        }
        if (!typesCreated.isEmpty()) {
            s.append("; new types: ").append(String.join(", ", typesCreated));
        }
        if (linksRestored > 0 || linksUnresolved > 0) {
            s.append("; ").append(Counts.of(linksRestored, "link", "links")).append(" restored");
            if (linksUnresolved > 0) {
                s.append(", ").append(grouped(linksUnresolved)).append(" not restored (other end missing)");
            }
        }
        return s.toString();
    }
}
