package org.glossator.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.glossator.domain.StyleSpan;
import org.glossator.domain.TextStyle;

/**
 * Stores an article's formatting compactly as "start:end:STYLE;..." in one column.
 *
 * <p>Shared by both stores (SQLite and PostgreSQL).
 */
public final class FormattingCodec {
    private FormattingCodec() {
    }

    public static String encode(List<StyleSpan> spans) {
        StringBuilder sb = new StringBuilder(spans.size() * 16);
        for (StyleSpan span : spans) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(span.start()).append(':').append(span.end()).append(':').append(span.style().name());
        }
        return sb.toString();
    }

    public static List<StyleSpan> decode(String encoded) {
        List<StyleSpan> spans = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return spans;
        }
        for (String part : encoded.split(";")) {
            String[] fields = part.split(":", 3);
            spans.add(new StyleSpan(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                    TextStyle.valueOf(fields[2])));
        }
        return spans;
    }
}
