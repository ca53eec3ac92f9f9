package org.glossator.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the encoding an HTML file declares: in its {@code <meta charset>} or
 * {@code http-equiv} tag, or in an XML declaration ({@code <?xml ... encoding="..."?>},
 * XHTML). Like browsers, it only looks at the first kilobyte.
 */
final class HtmlCharsetSniffer {
    private static final int PRESCAN_BYTES = 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private HtmlCharsetSniffer() {
    }

    /** The declared charset if Java knows it. */
    static Optional<Charset> declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        Matcher xml = XML_ENCODING.matcher(head);
        String label;
        if (meta.find()) {
            label = meta.group(1);
        } else if (xml.find()) {
            label = xml.group(1);
        } else {
            return Optional.empty();
        }
        label = label.toLowerCase(Locale.ROOT);
        // Browsers read pages labelled Latin-1 or ASCII as windows-1252 (the WHATWG encoding
        // standard), which is what such pages were really written in: curly quotes live in 0x80-0x9F.
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii")
                || label.equals("ascii")) {
            label = "windows-1252";
        }
        try {
            return Charset.isSupported(label) ? Optional.of(Charset.forName(label)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }
}
