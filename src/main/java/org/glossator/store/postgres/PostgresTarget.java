package org.glossator.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a shared store lives, as a user writes it: {@code postgresql://host:5432/db?user=ada}
 * (the libpq form) or {@code jdbc:postgresql://…} (the driver's). A password is never taken
 * from the URL's text in a form that gets stored or shown: it comes from {@code PGPASSWORD} or
 * from {@code ~/.pgpass} (the driver reads it, or the file named by {@code passfile=}).
 *
 * @param jdbcUrl  the URL the driver is given (without a password)
 * @param display  the URL shown to users: no password, no other secrets
 */
public record PostgresTarget(String jdbcUrl, String display) {

    /** True when the text names a PostgreSQL server rather than a database file. */
    public static boolean isUrl(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql:");
    }

    /**
     * Parses a URL the user typed.
     * @throws IllegalArgumentException with a message for the user when it is not a PostgreSQL URL,
     *         or when it carries a password (which would end up in shell history and settings)
     */
    public static PostgresTarget parse(String text) {
        String url = text.strip();
        if (!isUrl(url)) {
            throw new IllegalArgumentException("Not a PostgreSQL URL: " + url
                    + " (expected postgresql://host:port/database?user=name)");
        }
        String withoutJdbc = url.regionMatches(true, 0, "jdbc:", 0, 5) ? url.substring(5) : url;
        String rest = withoutJdbc.substring(withoutJdbc.indexOf(':') + 1); // after the scheme
        URI uri;
        try {
            uri = new URI("postgresql:" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid PostgreSQL URL: " + url + " (" + e.getReason() + ")", e);
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")
                || query(uri, "password").isPresent()) {
            throw new IllegalArgumentException("Put no password in the URL: set PGPASSWORD or use ~/.pgpass.");
        }
        if (uri.getHost() == null && !rest.startsWith("///")) {
            throw new IllegalArgumentException("The URL names no server: " + url);
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://")
                .append(uri.getHost() == null ? "localhost" : uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append('/').append(database);
        String parameters = uri.getRawQuery();
        if (uri.getRawUserInfo() != null && query(uri, "user").isEmpty()) {
            parameters = (parameters == null ? "" : parameters + "&") + "user=" + uri.getRawUserInfo();
        }
        if (parameters != null && !parameters.isEmpty()) {
            jdbc.append('?').append(parameters);
        }
        String display = jdbc.substring("jdbc:".length());
        return new PostgresTarget(jdbc.toString(), display);
    }

    /** The user named in the URL, if any (else the driver uses the system user name). */
    public Optional<String> user() {
        try {
            return query(new URI(display), "user");
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> query(URI uri, String name) {
        String query = uri.getQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equalsIgnoreCase(name)) {
                return Optional.of(eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return display;
    }
}
