package org.glossator.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glossator.ui.common.StoreWindows;

/** Records the windows the app asked to open, instead of starting processes. */
final class RecordingStoreWindows implements StoreWindows {
    /** A request: where, and the password as it was handed over. */
    record Opened(String location, String password) {
    }

    final List<Opened> opened = new CopyOnWriteArrayList<>();

    @Override
    public void open(String location, char[] password) {
        opened.add(new Opened(location, new String(password)));
    }
}
