package org.glossator.ui.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A saved way to reach a shared store: server, port, database and user — never the password,
 * which comes from PGPASSWORD, ~/.pgpass or the dialog, for one connection only.
 */
public record SharedConnection(String host, int port, String database, String user) {
    public static final int DEFAULT_PORT = 5432;
    /** How many recent connections the File menu remembers. */
    public static final int RECENT = 5;

    /** What is wrong with the fields, in words for the dialog; empty when they can be used. */
    public static Optional<String> problem(String host, String port, String database, String user) {
        if (host.isBlank() || database.isBlank() || user.isBlank()) {
            return Optional.of("Fill in the server, the database and your user name.");
        }
        if (!host.strip().matches("[A-Za-z0-9.:\\[\\]-]+")) {
            return Optional.of("The server is a name such as db.example.org or an address such as 10.0.0.5.");
        }
        if (!database.strip().matches("[A-Za-z0-9_.-]+") || !user.strip().matches("[A-Za-z0-9_.@-]+")) {
            return Optional.of("The database and user names take letters, digits, '.', '_' and '-'.");
        }
        try {
            int p = port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.strip());
            if (p < 1 || p > 65535) {
                return Optional.of("The port is a number from 1 to 65535 (PostgreSQL's is 5432).");
            }
        } catch (NumberFormatException e) {
            return Optional.of("The port is a number from 1 to 65535 (PostgreSQL's is 5432).");
        }
        return Optional.empty();
    }

    /** The connection the dialog's fields describe (check {@link #problem} first). */
    public static SharedConnection of(String host, String port, String database, String user) {
        return new SharedConnection(host.strip(), port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.strip()),
                database.strip(), user.strip());
    }

    /** What {@code --db} takes. */
    public String url() {
        return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
    }

    /** How menus name it. */
    public String label() {
        return user + " @ " + database + " on " + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    /** Reads a URL written by {@link #url()}; empty for anything else. */
    public static Optional<SharedConnection> parse(String url) {
        try {
            URI uri = new URI(url.strip());
            String query = uri.getQuery() == null ? "" : uri.getQuery();
            if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || !query.startsWith("user=")
                    || uri.getPath() == null || uri.getPath().length() < 2) {
                return Optional.empty();
            }
            String user = query.substring("user=".length());
            String port = uri.getPort() < 0 ? "" : Integer.toString(uri.getPort());
            String database = uri.getPath().substring(1);
            return problem(uri.getHost(), port, database, user).isPresent() ? Optional.empty()
                    : Optional.of(of(uri.getHost(), port, database, user));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The recent list as kept in the preferences: URLs, newest first, one per line. */
    public static List<SharedConnection> readRecent(String stored) {
        List<SharedConnection> recent = new ArrayList<>();
        for (String line : stored.split("\\s+")) {
            parse(line).filter(c -> !recent.contains(c)).ifPresent(recent::add);
        }
        return recent.subList(0, Math.min(RECENT, recent.size()));
    }

    /** {@code recent} with {@code used} first, at most {@link #RECENT}, as the preferences keep it. */
    public static String writeRecent(SharedConnection used, List<SharedConnection> recent) {
        Set<SharedConnection> ordered = new LinkedHashSet<>();
        ordered.add(used);
        ordered.addAll(recent);
        return String.join("\n", ordered.stream().limit(RECENT).map(SharedConnection::url).toList());
    }
}
