package org.glossator.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** A byte order mark names the encoding with certainty; the mark itself is not text. */
final class ByteOrderMark {
    private static final byte[] UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE = {(byte) 0xFE, (byte) 0xFF};

    private ByteOrderMark() {
    }

    /** The text after the mark, when there is one and every byte after it is valid in its encoding. */
    static Optional<DecodedText> decode(byte[] content) {
        if (startsWith(content, UTF8)) {
            return decode(content, UTF8.length, StandardCharsets.UTF_8, "UTF-8 with byte order mark");
        }
        if (startsWith(content, UTF16LE)) {
            return decode(content, UTF16LE.length, StandardCharsets.UTF_16LE, "UTF-16LE with byte order mark");
        }
        if (startsWith(content, UTF16BE)) {
            return decode(content, UTF16BE.length, StandardCharsets.UTF_16BE, "UTF-16BE with byte order mark");
        }
        return Optional.empty();
    }

    static boolean present(byte[] content) {
        return startsWith(content, UTF8) || startsWith(content, UTF16LE) || startsWith(content, UTF16BE);
    }

    static boolean isUtf16(byte[] content) {
        return startsWith(content, UTF16LE) || startsWith(content, UTF16BE);
    }

    private static Optional<DecodedText> decode(byte[] content, int skip, Charset charset, String name) {
        return StrictDecoder.tryDecode(Arrays.copyOfRange(content, skip, content.length), charset)
                .map(text -> new DecodedText(text, name));
    }

    private static boolean startsWith(byte[] content, byte[] mark) {
        return content.length >= mark.length && Arrays.equals(content, 0, mark.length, mark, 0, mark.length);
    }
}
