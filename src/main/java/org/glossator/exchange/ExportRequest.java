package org.glossator.exchange;

import java.util.Collection;
import java.util.List;

/**
 * What to export: the whole corpus or some articles, whether to embed the articles
 * themselves, and optionally only one annotator's annotations.
 *
 * @param wholeCorpus  every article in the store (then {@code articleIds} is empty)
 * @param articleIds   the articles to export, in this order, when not the whole corpus
 * @param withArticles embed each article's text and metadata (JSON only)
 * @param annotator    only annotations whose creator is exactly this name; null for all
 * @param byteOrderMark CSV only: start with a UTF-8 byte order mark, which Excel needs to read UTF-8
 */
public record ExportRequest(boolean wholeCorpus, List<Long> articleIds, boolean withArticles, String annotator,
                            boolean byteOrderMark) {
    public ExportRequest {
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        if (wholeCorpus && !articleIds.isEmpty()) {
            throw new IllegalArgumentException("either the whole corpus or a list of articles, not both");
        }
    }

    public static ExportRequest all() {
        return new ExportRequest(true, List.of(), false, null, false);
    }

    public static ExportRequest articles(Collection<Long> ids) {
        return new ExportRequest(false, List.copyOf(ids), false, null, false);
    }

    public static ExportRequest article(long id) {
        return articles(List.of(id));
    }

    public ExportRequest withArticles(boolean embed) {
        return new ExportRequest(wholeCorpus, articleIds, embed, annotator, byteOrderMark);
    }

    public ExportRequest onlyAnnotator(String name) {
        return new ExportRequest(wholeCorpus, articleIds, withArticles, name, byteOrderMark);
    }

    /** CSV for spreadsheets: UTF-8 with a byte order mark (Excel otherwise reads “Open” as mojibake). */
    public ExportRequest withByteOrderMark(boolean bom) {
        return new ExportRequest(wholeCorpus, articleIds, withArticles, annotator, bom);
    }
}
