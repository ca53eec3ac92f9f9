package org.glossator.ingest;

/** Turns the bytes of one file format into reading text and whatever metadata the format carries. */
interface FormatReader {

    /**
     * Decodes the file: byte order mark, UTF-8, else the encoding ICU detects, unless
     * the format has its own way of declaring an encoding (HTML's meta charset).
     */
    default DecodedText decode(String fileName, byte[] content) throws ImportRejectedException {
        return EncodingDetector.decode(fileName, content);
    }

    /** @param text decoded text with line endings already normalised to "\n" */
    ExtractedArticle extract(String text);
}
