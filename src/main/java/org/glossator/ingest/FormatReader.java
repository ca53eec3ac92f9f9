package org.glossator.ingest;

/** Turns the bytes of one file format into reading text and whatever metadata the format carries. */
interface FormatReader {

    /**
     * Decodes the file. UTF-8 unless the format has its own way of declaring an
     * encoding (HTML's meta charset).
     */
    default String decode(String fileName, byte[] content) throws ImportRejectedException {
        return StrictDecoder.decodeUtf8(fileName, content);
    }

    /** @param text decoded text with line endings already normalised to "\n" */
    ExtractedArticle extract(String text);
}
