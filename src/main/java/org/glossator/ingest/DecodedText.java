package org.glossator.ingest;

/** A file's text and the name of the encoding it was read in, as shown to the user. */
record DecodedText(String text, String encoding) {
}
