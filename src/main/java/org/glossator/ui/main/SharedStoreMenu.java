package org.glossator.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.glossator.ui.common.Dialogs;
import org.glossator.ui.common.Settings;
import org.glossator.ui.common.StoreWindows;
import org.glossator.ui.common.TaskRunner;
import org.glossator.ui.model.SharedConnection;

/**
 * File › Open shared store… and File › Recent shared stores: a group's store opens in a window
 * of its own; the connections used are remembered in the user's preferences, without passwords.
 */
public final class SharedStoreMenu {
    static final String RECENT_KEY = "shared.recent";

    private final Window owner;
    private final Settings preferences;
    private final StoreWindows windows;
    private final TaskRunner tasks;
    private final Menu recent = new Menu("Recent shared stores");

    public SharedStoreMenu(Window owner, Settings preferences, StoreWindows windows, TaskRunner tasks) {
        this.owner = owner;
        this.preferences = preferences;
        this.windows = windows;
        this.tasks = tasks;
        recent.setId("recent-shared-stores");
        fillRecent();
    }

    List<MenuItem> items() {
        MenuItem open = new MenuItem("Open shared store…");
        open.setId("open-shared-store");
        open.setOnAction(e -> SharedStoreDialog.ask(owner, recent().stream().findFirst()).ifPresent(answer -> {
            if (answer.remember()) {
                remember(answer.connection());
            }
            openInWindow(answer.connection(), answer.password());
        }));
        return List.of(open, recent);
    }

    private List<SharedConnection> recent() {
        return SharedConnection.readRecent(preferences.get(RECENT_KEY).orElse(""));
    }

    private void remember(SharedConnection used) {
        preferences.put(RECENT_KEY, SharedConnection.writeRecent(used, recent()));
        tasks.run(() -> {
            preferences.saveOrThrow();
            return null;
        }, done -> { });
        fillRecent();
    }

    private void fillRecent() {
        List<SharedConnection> known = recent();
        recent.getItems().setAll(known.stream().map(c -> {
            MenuItem item = new MenuItem(c.label());
            item.setOnAction(e -> {
                remember(c);
                openInWindow(c, new char[0]);
            });
            return item;
        }).toList());
        recent.setDisable(known.isEmpty());
    }

    /** Starting a process is I/O: it runs on the worker; the password is wiped once handed on. */
    private void openInWindow(SharedConnection connection, char[] password) {
        tasks.run(() -> {
            try {
                windows.open(connection.url(), password);
                return connection;
            } catch (IOException e) {
                throw new UncheckedIOException("Glossator could not start a new window: " + e.getMessage(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, opened -> Dialogs.summary(owner, "Opening " + opened.label(),
                "The shared store opens in a new window in a moment. This window stays on its own database."));
    }
}
