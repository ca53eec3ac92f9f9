package org.glossator.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Tells text from binary files (images, PDFs, office documents) that were given a text extension. */
final class BinaryContentDetector {
    private static final int SAMPLE_BYTES = 8 * 1024;
    /** Real text has almost no control characters; binary data has them everywhere. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /**
     * Signatures of common binary formats. PDFs and some images can run for kilobytes
     * before their first NUL byte, so the counting below alone would miss them.
     */
    private static final byte[][] SIGNATURES = {
            "%PDF-".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0x89, 'P', 'N', 'G'},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "GIF8".getBytes(StandardCharsets.US_ASCII),
            {'P', 'K', 3, 4},
    };

    private BinaryContentDetector() {
    }

    static boolean looksBinary(byte[] content) {
        return startsWithSignature(content) || containsNul(content) || tooManyControlCharacters(content);
    }

    private static boolean startsWithSignature(byte[] content) {
        for (byte[] signature : SIGNATURES) {
            if (content.length >= signature.length
                    && Arrays.equals(content, 0, signature.length, signature, 0, signature.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsNul(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean tooManyControlCharacters(byte[] content) {
        int sample = Math.min(content.length, SAMPLE_BYTES);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            if (isControlByte(content[i])) {
                controls++;
            }
        }
        return controls > sample * MAX_CONTROL_SHARE;
    }

    private static boolean isControlByte(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }
}
