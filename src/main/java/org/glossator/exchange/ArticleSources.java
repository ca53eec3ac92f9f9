package org.glossator.exchange;

import java.util.Locale;
import org.glossator.domain.Article;

/**
 * The IRI that names an article as an annotation's {@code target.source}: its canonical
 * URL when it has one (and it is an absolute IRI), otherwise {@code urn:sha256:<hex>} of
 * its text, so that two machines holding the same text agree on its identity.
 */
public final class ArticleSources {
    public static final String SHA256_URN = "urn:sha256:";

    private ArticleSources() {
    }

    public static String sourceOf(Article article) {
        String url = article.sourceUrl();
        if (url != null && !url.isBlank() && AnnotationIds.isAbsoluteIri(url.strip())) {
            return url.strip();
        }
        return shaUrn(article.sha256());
    }

    public static String shaUrn(String sha256) {
        return SHA256_URN + sha256;
    }

    /** The lowercase hex digest in a {@code urn:sha256:} IRI, or null when it is not one. */
    public static String shaOf(String source) {
        if (source != null && source.regionMatches(true, 0, SHA256_URN, 0, SHA256_URN.length())) {
            String hex = source.substring(SHA256_URN.length()).toLowerCase(Locale.ROOT);
            return isSha256Hex(hex) ? hex : null;
        }
        return null;
    }

    static boolean isSha256Hex(String s) {
        if (s == null || s.length() != 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
