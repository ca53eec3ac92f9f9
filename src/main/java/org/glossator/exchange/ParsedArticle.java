package org.glossator.exchange;

import java.util.List;
import org.glossator.domain.StyleSpan;

/**
 * An article embedded in an export (extension term {@code articles}).
 *
 * @param source the IRI annotations use as their target source
 * @param sha256 the SHA-256 of {@code text}, checked on reading
 */
public record ParsedArticle(String source, String title, String author, String published, String sourceUrl,
                            String fileName, String text, String sha256, List<StyleSpan> formatting,
                            long line, long column) {
}
