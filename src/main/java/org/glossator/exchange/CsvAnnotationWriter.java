package org.glossator.exchange;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.Article;
import org.glossator.store.AnnotationRow;

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

    private static final byte[] EMPTY = new byte[0];
    private static final byte[] SEPARATOR = TAG_SEPARATOR.getBytes(StandardCharsets.UTF_8);
    private static final byte[] LINE_END = {'\r', '\n'};
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OutputStream out;
    private final byte[][] row = new byte[COLUMNS.size()][];
    private long rows;
    private Article lastArticle;
    private String lastSource;
    private byte[] articleId;
    private byte[] articleTitle;
    private byte[] articleSource;

    /**
     * @param byteOrderMark write a UTF-8 BOM first, which Excel needs to detect UTF-8
     *                      (pandas then needs {@code encoding="utf-8-sig"})
     */
    public CsvAnnotationWriter(OutputStream stream, boolean byteOrderMark) throws IOException {
        this.out = new BufferedOutputStream(stream, 1 << 16);
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        for (int i = 0; i < row.length; i++) {
            row[i] = utf8(COLUMNS.get(i));
        }
        writeRow();
    }

    public void write(Annotation a, Article article, String source) throws IOException {
        write(AnnotationRow.of(a), article, source, List.of());
    }

    /**
     * One row; {@code outgoing} are the links that start at {@code a}, written as two parallel
     * lists (relation, and the other annotation's id) joined with {@link #TAG_SEPARATOR}.
     */
    public void write(Annotation a, Article article, String source, List<AnnotationLink> outgoing)
            throws IOException {
        write(AnnotationRow.of(a), article, source, outgoing);
    }

    /** As {@link #write(Annotation, Article, String, List)}, from a stored row whose text stays UTF-8. */
    public void write(AnnotationRow a, Article article, String source, List<AnnotationLink> outgoing)
            throws IOException {
        List<String> relations = new ArrayList<>(outgoing.size());
        List<String> others = new ArrayList<>(outgoing.size());
        for (AnnotationLink link : outgoing) {
            relations.add(link.relation().key());
            others.add(link.otherEnd(a.id()));
        }
        if (article != lastArticle || !source.equals(lastSource)) {
            // The same three columns on every row of an article: encoded once.
            articleId = utf8(Long.toString(article.id()));
            articleTitle = utf8(article.title());
            articleSource = utf8(source);
            lastArticle = article;
            lastSource = source;
        }
        int i = 0;
        row[i++] = utf8(a.id());
        row[i++] = articleId;
        row[i++] = articleTitle;
        row[i++] = articleSource;
        row[i++] = utf8(a.typeKey());
        row[i++] = a.exact();
        row[i++] = a.note();
        row[i++] = a.verdict() == null ? EMPTY : utf8(a.verdict().key());
        row[i++] = orEmpty(a.evidence());
        row[i++] = orEmpty(a.speaker());
        row[i++] = a.attributionGiven() == null ? EMPTY : utf8(a.attributionGiven().toString());
        row[i++] = orEmpty(a.citation());
        row[i++] = orEmpty(a.url());
        row[i++] = joined(a.tags());
        row[i++] = a.creator();
        row[i++] = a.created();
        row[i++] = a.modified();
        row[i++] = utf8(Integer.toString(a.start()));
        row[i++] = utf8(Integer.toString(a.end()));
        row[i++] = utf8(a.orphan() ? W3cVocabulary.ORPHANED : W3cVocabulary.ANCHORED);
        row[i++] = a.modifiedBy();
        row[i++] = utf8(String.join(TAG_SEPARATOR, relations));
        row[i] = utf8(String.join(TAG_SEPARATOR, others));
        writeRow();
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

    private void writeRow() throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(row[i]);
        }
        out.write(LINE_END);
    }

    /** Comma, quote, CR and LF are ASCII, so they are found in UTF-8 bytes as in text. */
    private void writeField(byte[] value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length && !quote; i++) {
            byte b = value[i];
            quote = b == ',' || b == '"' || b == '\r' || b == '\n';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        int from = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == '"') {
                out.write(value, from, i + 1 - from);
                from = i; // the quote is written again: doubled
            }
        }
        out.write(value, from, value.length - from);
        out.write('"');
    }

    private static byte[] joined(List<byte[]> tags) {
        if (tags.isEmpty()) {
            return EMPTY;
        }
        if (tags.size() == 1) {
            return tags.get(0);
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < tags.size(); i++) {
            if (i > 0) {
                joined.writeBytes(SEPARATOR);
            }
            joined.writeBytes(tags.get(i));
        }
        return joined.toByteArray();
    }

    private static byte[] orEmpty(byte[] value) {
        return value == null ? EMPTY : value;
    }

    private static byte[] utf8(String s) {
        return s == null ? EMPTY : s.getBytes(StandardCharsets.UTF_8);
    }
}
