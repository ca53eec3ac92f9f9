package org.glossator.workspace;

import java.util.List;

/**
 * A reading pack opened into this store, as the UI shows it (the store's own record stays
 * behind the workspace).
 *
 * @param due                ISO date or null
 * @param referenceAnnotator whose annotations are the reference; null without one
 * @param revealed           whether students see each other's layers ("blind first" until then)
 */
public record PackInfo(String packId, String title, String instructions, String due, List<String> questions,
                       String referenceAnnotator, boolean revealed, List<Long> articleIds) {
    public PackInfo {
        questions = List.copyOf(questions);
        articleIds = List.copyOf(articleIds);
    }
}
