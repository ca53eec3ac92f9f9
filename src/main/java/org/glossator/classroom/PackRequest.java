package org.glossator.classroom;

import java.time.LocalDate;
import java.util.List;

/**
 * What a teacher puts in a new reading pack.
 *
 * @param articleIds         articles of the teacher's corpus, in reading order
 * @param instructions       Markdown for the side panel
 * @param includeReference   whether to add the teacher's annotations on these articles as the reference
 * @param referenceAnnotator whose annotations form the reference; null = the only annotator there is
 */
public record PackRequest(String title, List<Long> articleIds, String instructions, List<String> questions,
                          LocalDate due, boolean includeReference, String referenceAnnotator) {
    public PackRequest {
        articleIds = List.copyOf(articleIds);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
