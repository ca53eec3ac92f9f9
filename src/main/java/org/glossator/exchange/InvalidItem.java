package org.glossator.exchange;

/** Something inside one annotation or article of a file is wrong; the reader adds file, id and location. */
final class InvalidItem extends RuntimeException {
    InvalidItem(String reason) {
        super(reason, null, false, false);
    }
}
