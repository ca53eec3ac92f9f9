package org.glossator.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Source URLs are only kept when they can be opened as they are: absolute http(s) with a host. */
final class HttpUrls {
    private HttpUrls() {
    }

    /** The URL, stripped, if it is absolute http or https; otherwise null. */
    static String absoluteOrNull(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return null;
        }
        String url = candidate.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
