package org.glossator.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The two-way mapping between store ids (of annotations and links) and the IRIs that
 * identify them in W3C exports. It round-trips exactly: {@code fromIri(toIri(id)).equals(id)}
 * for every non-empty id.
 * <ul>
 * <li>A canonical (lowercase) UUID {@code u} is exported as {@code urn:uuid:u}.</li>
 * <li>An id that already is an absolute IRI (e.g. a Hypothesis or another server's
 *     annotation IRI kept from an earlier import) is exported verbatim.</li>
 * <li>Anything else, and IRIs that would be mistaken for the two forms above, is exported
 *     as {@code urn:glossator:id:} followed by its percent-encoded UTF-8.</li>
 * </ul>
 */
public final class AnnotationIds {
    public static final String UUID_URN = "urn:uuid:";
    public static final String ESCAPED_URN = "urn:glossator:id:";

    /** An absolute IRI: a scheme, a colon, and no spaces, controls or characters IRIs forbid. */
    private static final Pattern ABSOLUTE_IRI =
            Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s\\p{Cntrl}<>\"{}|\\\\^`]*");

    private AnnotationIds() {
    }

    public static String toIri(String id) {
        if (id.isEmpty()) {
            throw new IllegalArgumentException("an empty id has no IRI");
        }
        if (isCanonicalUuid(id)) {
            return UUID_URN + id;
        }
        if (isAbsoluteIri(id) && !startsWithIgnoreCase(id, UUID_URN) && !startsWithIgnoreCase(id, ESCAPED_URN)) {
            return id;
        }
        return ESCAPED_URN + percentEncode(id);
    }

    /**
     * The store id for an IRI found in a file. {@code urn:uuid:} with a valid UUID gives the
     * canonical lowercase UUID; {@code urn:glossator:id:} is decoded; anything else is kept
     * verbatim (foreign ids stay as their authors wrote them).
     * @throws IllegalArgumentException when a {@code urn:glossator:id:} is badly encoded
     */
    public static String fromIri(String iri) {
        if (startsWithIgnoreCase(iri, UUID_URN)) {
            String rest = iri.substring(UUID_URN.length());
            UUID uuid = parseUuid(rest);
            if (uuid != null) {
                return uuid.toString();
            }
            return iri;
        }
        if (startsWithIgnoreCase(iri, ESCAPED_URN)) {
            String decoded = percentDecode(iri.substring(ESCAPED_URN.length()));
            if (decoded.isEmpty()) {
                throw new IllegalArgumentException("the id " + iri + " is empty once decoded");
            }
            return decoded;
        }
        return iri;
    }

    public static boolean isAbsoluteIri(String s) {
        return s != null && ABSOLUTE_IRI.matcher(s).matches();
    }

    /** The form {@link UUID#toString()} produces: 8-4-4-4-12 lowercase hex digits. */
    static boolean isCanonicalUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static UUID parseUuid(String s) {
        if (s.length() != 36 || s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-'
                || s.charAt(23) != '-') {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (!dash && Character.digit(c, 16) < 0) {
                return null;
            }
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static String percentEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("bad percent-encoding in the id " + ESCAPED_URN + s);
                }
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("the id " + ESCAPED_URN + s + " does not decode to UTF-8 text");
        }
    }
}
