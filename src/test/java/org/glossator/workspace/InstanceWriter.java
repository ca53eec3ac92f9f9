package org.glossator.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.glossator.domain.Annotation;
import org.glossator.domain.Article;
import org.glossator.domain.LinkRelation;
import org.glossator.store.sqlite.SqliteStore;

/** One of two Glossator processes on the same database (TwoInstancesTest): creates, edits and links. */
public final class InstanceWriter {
    private InstanceWriter() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[2]);
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]))) {
            AnnotationService service = new AnnotationService(store, new UndoHistory(), Clock.systemUTC());
            long id = store.articles().summaries().get(0).id();
            Article article = store.articles().find(id).orElseThrow();
            Annotation previous = null;
            for (int i = 0; i < count; i++) {
                Annotation a = service.create(article, i, i + 10, store.scheme().types().get(0), args[1]);
                a = service.update(a, a.toBuilder().note(args[1] + " " + i).build(), args[1]);
                if (previous != null) {
                    service.link(previous, a, LinkRelation.RELATED, args[1]);
                }
                previous = a;
                System.out.println("saved " + a.id());
            }
        }
        System.out.println("finished");
    }
}
