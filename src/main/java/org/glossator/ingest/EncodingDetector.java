package org.glossator.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Reads the bytes of a text file in the right encoding, never by guessing: a byte
 * order mark decides first (UTF-8, UTF-16LE/BE); bytes that are valid UTF-8 are UTF-8;
 * otherwise ICU4J's CharsetDetector (statistics over the bytes, with a confidence)
 * names the encoding, and the bytes must then decode without a single error in it.
 * When none of this gives an answer the file is refused with the offset of the first
 * byte that is not UTF-8.
 *
 * <p>Mac Roman is not among the encodings ICU (or juniversalchardet) detects; text
 * files actually encoded in it predate Mac OS X. What survives today is UTF-8 that
 * was once read as Mac Roman, which {@link MojibakeRepair} repairs.
 */
final class EncodingDetector {
    /** ICU's confidence is 0-100; below this the statistics do not decide between encodings. */
    static final int MIN_CONFIDENCE = 20;

    private EncodingDetector() {
    }

    static DecodedText decode(String fileName, byte[] content) throws ImportRejectedException {
        Optional<DecodedText> byBom = ByteOrderMark.decode(content);
        if (byBom.isPresent()) {
            return byBom.get();
        }
        Optional<String> utf8 = StrictDecoder.tryDecode(content, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), "UTF-8");
        }
        return detect(content).orElseThrow(() -> StrictDecoder.notUtf8(fileName, content));
    }

    /** What ICU's detector finds, if it is confident and every byte is valid in that encoding. */
    static Optional<DecodedText> detect(byte[] content) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(content);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Optional<Charset> charset = javaCharset(match.getName());
            if (charset.isEmpty() || charset.get().name().startsWith("UTF")) {
                continue;
            }
            Optional<String> text = StrictDecoder.tryDecode(content, charset.get());
            if (text.isPresent()) {
                return Optional.of(new DecodedText(text.get(), match.getName() + " (detected)"));
            }
        }
        return Optional.empty();
    }

    /**
     * ICU says ISO-8859-1 when no byte falls in 0x80-0x9F; Windows-1252 reads those files
     * identically and also the ones that do, as the WHATWG encoding standard prescribes.
     */
    private static Optional<Charset> javaCharset(String icuName) {
        String name = icuName.toLowerCase(Locale.ROOT).equals("iso-8859-1") ? "windows-1252" : icuName;
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
