package org.glossator.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every field of an {@link AnnotationRow} as text, so that rows can be compared with assertions. */
public final class AnnotationRowText {
    private AnnotationRowText() {
    }

    public static Map<String, Object> of(AnnotationRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("typeKey", r.typeKey());
        m.put("start", r.start());
        m.put("end", r.end());
        m.put("exact", text(r.exact()));
        m.put("prefix", text(r.prefix()));
        m.put("suffix", text(r.suffix()));
        m.put("note", text(r.note()));
        m.put("tags", r.tags().stream().map(AnnotationRowText::text).toList());
        m.put("creator", text(r.creator()));
        m.put("created", text(r.created()));
        m.put("modified", text(r.modified()));
        m.put("verdict", r.verdict());
        m.put("evidence", text(r.evidence()));
        m.put("speaker", text(r.speaker()));
        m.put("attributionGiven", r.attributionGiven());
        m.put("citation", text(r.citation()));
        m.put("url", text(r.url()));
        m.put("orphan", r.orphan());
        m.put("modifiedBy", text(r.modifiedBy()));
        m.put("importedSelectors", r.importedSelectors());
        return m;
    }

    public static List<Map<String, Object>> of(List<AnnotationRow> rows) {
        return rows.stream().map(AnnotationRowText::of).toList();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, UTF_8);
    }
}
