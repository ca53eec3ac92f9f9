package org.glossator.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes bytes without ever guessing: a byte sequence that is not valid in the
 * charset is an error, never a replacement character. Annotations are anchored on
 * exact text, so silently damaged text would be worse than a refusal.
 */
final class StrictDecoder {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictDecoder() {
    }

    /** UTF-8 with an optional byte order mark, which is dropped. */
    static String decodeUtf8(String fileName, byte[] content) throws ImportRejectedException {
        int start = hasUtf8Bom(content) ? UTF8_BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CharsetDecoder decoder = newStrictDecoder(StandardCharsets.UTF_8);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(fileName, content, in.position());
        }
        return out.flip().toString();
    }

    /** The refusal for bytes that are not UTF-8 and whose encoding could not be told either. */
    static ImportRejectedException notUtf8(String fileName, byte[] content) {
        try {
            decodeUtf8(fileName, content);
        } catch (ImportRejectedException e) {
            return e;
        }
        return new ImportRejectedException(fileName, "the file's encoding could not be recognised.");
    }

    private static ImportRejectedException notUtf8(String fileName, byte[] content, int offset) {
        return new ImportRejectedException(fileName, String.format(Locale.ROOT,
                "the file is not UTF-8 text and its encoding could not be recognised: the byte at offset %d"
                        + " (0x%02X) is not valid UTF-8. Open it in a text editor, save it again with the UTF-8"
                        + " encoding and import it again.",
                offset, content[offset] & 0xFF));
    }

    /** The text if every byte is valid in {@code charset}, otherwise empty. */
    static Optional<String> tryDecode(byte[] content, Charset charset) {
        try {
            return Optional.of(newStrictDecoder(charset).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static CharsetDecoder newStrictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
