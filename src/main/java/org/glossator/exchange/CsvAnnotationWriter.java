package org.glossator.exchange;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.Article;

/**
 * Writes annotations as CSV for spreadsheets, R and pandas: RFC 4180 (comma-separated,
 * CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled),
 * UTF-8, one header row, one row per annotation. Offsets are Unicode code points.
 */
public final class CsvAnnotationWriter implements Closeable {
    /** The header row, in column order. docs/annotation-format.md describes each column. */
    public static final List<String> COLUMNS = List.of(
            "annotation_id", "article_id", "article_title", "article_source", "type", "quote", "note",
            "verdict", "evidence", "speaker", "attribution_given", "citation", "url", "tags", "creator",
            "created", "modified", "start", "end", "anchor_state", "modified_by", "link_relations",
            "linked_annotation_ids");
    /** Separates tags inside the {@code tags} column. */
    public static final String TAG_SEPARATOR = "; ";

    private final Writer out;
    private long rows;

    /**
     * @param byteOrderMark write a UTF-8 BOM first, which Excel needs to detect UTF-8
     *                      (pandas then needs {@code encoding="utf-8-sig"})
     */
    public CsvAnnotationWriter(OutputStream stream, boolean byteOrderMark) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        writeRow(COLUMNS);
    }

    public void write(Annotation a, Article article, String source) throws IOException {
        write(a, article, source, List.of());
    }

    /**
     * One row; {@code outgoing} are the links that start at {@code a}, written as two parallel
     * lists (relation, and the other annotation's id) joined with {@link #TAG_SEPARATOR}.
     */
    public void write(Annotation a, Article article, String source, List<AnnotationLink> outgoing)
            throws IOException {
        List<String> relations = new ArrayList<>(outgoing.size());
        List<String> others = new ArrayList<>(outgoing.size());
        for (AnnotationLink link : outgoing) {
            relations.add(link.relation().key());
            others.add(link.otherEnd(a.id()));
        }
        writeRow(List.of(
                a.id(),
                Long.toString(article.id()),
                nullToEmpty(article.title()),
                source,
                a.typeKey(),
                a.target().exact(),
                a.note(),
                a.verdict() == null ? "" : a.verdict().key(),
                nullToEmpty(a.evidence()),
                nullToEmpty(a.speaker()),
                a.attributionGiven() == null ? "" : a.attributionGiven().toString(),
                nullToEmpty(a.citation()),
                nullToEmpty(a.url()),
                String.join(TAG_SEPARATOR, a.tags()),
                a.creator(),
                W3cAnnotationWriter.time(a.created()),
                W3cAnnotationWriter.time(a.modified()),
                Integer.toString(a.target().start()),
                Integer.toString(a.target().end()),
                a.isOrphan() ? W3cVocabulary.ORPHANED : W3cVocabulary.ANCHORED,
                a.modifiedBy(),
                String.join(TAG_SEPARATOR, relations),
                String.join(TAG_SEPARATOR, others)));
        rows++;
    }

    public long rows() {
        return rows;
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes; the underlying stream stays open (its owner closes it). */
    @Override
    public void close() throws IOException {
        out.flush();
    }

    private void writeRow(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(fields.get(i));
        }
        out.write("\r\n");
    }

    private void writeField(String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
