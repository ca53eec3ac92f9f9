package org.glossator.ui.common;

import java.io.IOException;

/**
 * Opens another database in a window of its own, beside this one: the desktop starts a second
 * Glossator with {@code --db}; tests record the request instead.
 */
public interface StoreWindows {

    /**
     * @param location  what {@code --db} takes (a file or a {@code postgresql://} URL, no password in it)
     * @param password  the shared store's password for this one connection, or empty to let
     *                  PGPASSWORD or ~/.pgpass supply it; never written anywhere
     */
    void open(String location, char[] password) throws IOException;
}
