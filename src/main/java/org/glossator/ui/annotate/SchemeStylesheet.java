package org.glossator.ui.annotate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.glossator.domain.AnnotationType;

/**
 * Type colours come from the user's scheme, so their highlight classes are generated
 * as a stylesheet (a data: URI, which JavaFX loads like a file).
 */
final class SchemeStylesheet {
    private SchemeStylesheet() {
    }

    static String css(List<AnnotationType> types) {
        StringBuilder css = new StringBuilder();
        for (AnnotationType t : types) {
            int r = Integer.parseInt(t.color().substring(1, 3), 16);
            int g = Integer.parseInt(t.color().substring(3, 5), 16);
            int b = Integer.parseInt(t.color().substring(5, 7), 16);
            css.append(".reader-text .text.hl-bg-").append(t.key())
                    .append(" { -rtfx-background-color: rgba(").append(r).append(',').append(g).append(',')
                    .append(b).append(",0.24); }\n");
            css.append(".reader-text .text.hl-ul-").append(t.key())
                    .append(" { -rtfx-underline-color: ").append(t.color())
                    .append("; -rtfx-underline-width: 2.5; -rtfx-underline-cap: butt; }\n");
            css.append(".type-chip-").append(t.key()).append(", .swatch-").append(t.key())
                    .append(" { -fx-background-color: ").append(t.color()).append("; }\n");
        }
        // Declared last so that the flash wins over any type colour while it lasts.
        css.append(".reader-text .text.hl-flash { -rtfx-background-color: #F0E442; }\n");
        return css.toString();
    }

    static String dataUri(List<AnnotationType> types) {
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css(types).getBytes(StandardCharsets.UTF_8));
    }
}
