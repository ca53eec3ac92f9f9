package org.glossator.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.Verdict;

/**
 * One annotation as the store holds it, for bulk reading (exports): the text fields stay the
 * UTF-8 bytes the database returned instead of being decoded to Strings and encoded again by
 * the writer, which on 100,000 annotations cost more than writing the file. Fields carry the
 * same values, normalised the same way, as the {@link Annotation} the store would build:
 * {@link #modifiedBy()} is the creator when none is stored, and {@link #importedSelectors()}
 * is null unless the annotation is an orphan. Optional fields are null when absent.
 *
 * <p>{@link #created()} and {@link #modified()} are the instants as {@link java.time.Instant#toString()}
 * writes them, the form the store keeps them in.
 */
public interface AnnotationRow {
    String id();

    String typeKey();

    int start();

    int end();

    byte[] exact();

    byte[] prefix();

    byte[] suffix();

    byte[] note();

    /** The tags in their stored order; empty when there are none. */
    List<byte[]> tags();

    byte[] creator();

    byte[] created();

    byte[] modified();

    Verdict verdict();

    byte[] evidence();

    byte[] speaker();

    Boolean attributionGiven();

    byte[] citation();

    byte[] url();

    boolean orphan();

    byte[] modifiedBy();

    String importedSelectors();

    /**
     * Receives rows one at a time from a streaming read. A row a store gives is a copy that no
     * longer changes once visited: the visitor may keep it or hand it to another thread.
     */
    @FunctionalInterface
    interface RowVisitor<E extends Exception> {
        void visit(AnnotationRow row) throws E;
    }

    /** The row of an annotation that is not read from a store (tests, the writers' benchmark baseline). */
    static AnnotationRow of(Annotation a) {
        return new AnnotationRow() {
            private final List<byte[]> tags = utf8(a.tags());

            @Override public String id() { return a.id(); }
            @Override public String typeKey() { return a.typeKey(); }
            @Override public int start() { return a.target().start(); }
            @Override public int end() { return a.target().end(); }
            @Override public byte[] exact() { return utf8(a.target().exact()); }
            @Override public byte[] prefix() { return utf8(a.target().prefix()); }
            @Override public byte[] suffix() { return utf8(a.target().suffix()); }
            @Override public byte[] note() { return utf8(a.note()); }
            @Override public List<byte[]> tags() { return tags; }
            @Override public byte[] creator() { return utf8(a.creator()); }
            @Override public byte[] created() { return utf8(a.created().toString()); }
            @Override public byte[] modified() { return utf8(a.modified().toString()); }
            @Override public Verdict verdict() { return a.verdict(); }
            @Override public byte[] evidence() { return utf8(a.evidence()); }
            @Override public byte[] speaker() { return utf8(a.speaker()); }
            @Override public Boolean attributionGiven() { return a.attributionGiven(); }
            @Override public byte[] citation() { return utf8(a.citation()); }
            @Override public byte[] url() { return utf8(a.url()); }
            @Override public boolean orphan() { return a.isOrphan(); }
            @Override public byte[] modifiedBy() { return utf8(a.modifiedBy()); }
            @Override public String importedSelectors() { return a.importedSelectors(); }
        };
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(UTF_8);
    }

    private static List<byte[]> utf8(List<String> strings) {
        List<byte[]> bytes = new ArrayList<>(strings.size());
        strings.forEach(s -> bytes.add(utf8(s)));
        return List.copyOf(bytes);
    }
}
