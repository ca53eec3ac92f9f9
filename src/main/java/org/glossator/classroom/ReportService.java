package org.glossator.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glossator.classroom.report.ArticleReport;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.store.Store;
import org.glossator.exchange.AtomicFileWriter;

/** Standalone HTML reports of an annotated article: one annotator's, or a whole class's. */
public final class ReportService {
    private final Store store;
    private final Clock clock;

    public ReportService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ReportService(Store store) {
        this(store, Clock.systemUTC());
    }

    /**
     * The report as HTML.
     * @param annotators whose annotations to include; empty = everyone's
     */
    public String render(long articleId, List<String> annotators) {
        Article article = store.articles().find(articleId)
                .orElseThrow(() -> new IllegalArgumentException("There is no article #" + articleId + " in "
                        + store.location() + "."));
        Set<String> wanted = new LinkedHashSet<>(annotators);
        List<Annotation> chosen = new ArrayList<>();
        Set<String> creators = new LinkedHashSet<>();
        for (Annotation a : store.annotations().forArticle(articleId)) {
            if (wanted.isEmpty() || wanted.contains(a.creator())) {
                chosen.add(a);
                creators.add(a.creator());
            }
        }
        String heading = creators.size() == 1 && !creators.iterator().next().isEmpty()
                ? "Annotations by " + creators.iterator().next()
                : creators.size() > 1 ? "Annotations by " + creators.size() + " annotators" : "Annotations";
        return new ArticleReport(article, chosen, store.scheme().types(),
                store.annotations().linksForArticle(articleId), heading).render(LocalDate.now(clock));
    }

    /** Writes the report to {@code file}, which appears only when complete. */
    public void write(long articleId, List<String> annotators, Path file) throws IOException {
        byte[] html = render(articleId, annotators).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> {
            out.write(html);
            return null;
        });
    }
}
