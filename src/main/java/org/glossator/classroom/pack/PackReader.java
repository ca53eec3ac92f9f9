package org.glossator.classroom.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextHash;
import org.glossator.domain.Verdict;

/**
 * Reads and checks a {@code .glossa} file entirely in memory; nothing is extracted to disk,
 * and a pack that fails any check is refused as a whole with the reason:
 * <ul>
 * <li>entry names that leave the pack ({@code ../}), are absolute, use backslashes or are not
 *     names the format uses; symbolic-link entries; duplicate names;</li>
 * <li>more entries than allowed, an entry or a total that inflates beyond the limits (counted
 *     on the bytes actually inflated, so a header that lies about sizes does not help);</li>
 * <li>a manifest that is missing, not JSON, of another format or a newer version, or that
 *     does not list exactly the entries present;</li>
 * <li>an entry whose SHA-256 differs from the manifest's, an article whose text does not
 *     match its declared hash, an invalid scheme.</li>
 * </ul>
 */
public final class PackReader {
    private final PackLimits limits;

    public PackReader(PackLimits limits) {
        this.limits = limits;
    }

    public PackReader() {
        this(PackLimits.DEFAULT);
    }

    public ReadingPack read(Path file) throws PackException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new PackException(name + ": there is no such file (" + file + ")");
            }
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file)) {
                throw new PackException(name + ": not a regular file");
            }
            long size = Files.size(file);
            if (size > limits.maxPackBytes()) {
                throw new PackException(name + ": the file is " + size + " bytes; the limit is " + limits.maxPackBytes());
            }
            Map<String, byte[]> entries = readEntries(file, name);
            return parse(entries, name);
        } catch (NoSuchFileException e) {
            throw new PackException(name + ": there is no such file (" + file + ")", e);
        } catch (IOException e) {
            throw new PackException(name + ": not a readable reading pack (" + e.getMessage() + ")", e);
        }
    }

    private Map<String, byte[]> readEntries(Path file, String name) throws IOException, PackException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entries.size() >= limits.maxEntries()) {
                    throw new PackException(name + ": more than " + limits.maxEntries() + " entries");
                }
                String entryName = entry.getName();
                String unsafe = PackEntries.unsafeNameReason(entryName);
                if (entry.isUnixSymlink()) {
                    throw new PackException(name + ": the entry \"" + entryName + "\" is a symbolic link");
                }
                if (entry.isDirectory() && unsafe == null) {
                    continue; // a folder entry carries no data; its files are checked on their own
                }
                if (unsafe != null) {
                    throw new PackException(name + ": " + unsafe);
                }
                if (entries.containsKey(entryName)) {
                    throw new PackException(name + ": the entry \"" + entryName + "\" occurs twice");
                }
                if (!zip.canReadEntryData(entry)) {
                    throw new PackException(name + ": the entry \"" + entryName + "\" uses an unsupported compression");
                }
                long allowed = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = readAtMost(in, allowed);
                }
                if (bytes == null) {
                    throw new PackException(name + ": the entry \"" + entryName + "\" inflates to more than "
                            + (allowed == limits.maxEntryBytes() ? "the entry limit of " + limits.maxEntryBytes()
                            : "what the total limit of " + limits.maxTotalBytes() + " leaves") + " bytes");
                }
                total += bytes.length;
                entries.put(entryName, bytes);
            }
        }
        return entries;
    }

    /** Reads the stream to its end, or returns null as soon as it yields more than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long count = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            count += n;
            if (count > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private ReadingPack parse(Map<String, byte[]> entries, String name) throws PackException {
        byte[] manifestBytes = entries.get(PackEntries.MANIFEST);
        if (manifestBytes == null) {
            throw new PackException(name + ": not a reading pack (there is no " + PackEntries.MANIFEST + ")");
        }
        JsonNode m = json(manifestBytes, name, PackEntries.MANIFEST);
        if (!PackEntries.FORMAT.equals(m.path("format").asText())) {
            throw new PackException(name + ": " + PackEntries.MANIFEST + " does not describe a reading pack"
                    + " (\"format\" should be \"" + PackEntries.FORMAT + "\")");
        }
        int version = m.path("formatVersion").asInt(-1);
        if (version < 1) {
            throw new PackException(name + ": " + PackEntries.MANIFEST + " has no valid \"formatVersion\"");
        }
        if (version > ReadingPack.FORMAT_VERSION) {
            throw new PackException(name + ": the pack was made by a newer Glossator (format " + version
                    + "; this one reads up to " + ReadingPack.FORMAT_VERSION + ")");
        }
        checkHashes(m, entries, name);
        String where = name + ": " + PackEntries.MANIFEST;
        String packId = PackJson.requireText(m, "packId", where);
        if (!packId.matches("urn:uuid:[0-9a-fA-F-]{36}")) {
            throw new PackException(where + ": \"packId\" must be a urn:uuid");
        }
        String title = PackJson.requireText(m, "title", where);
        Instant created = parseInstant(m.path("created").asText(null), where);
        LocalDate due = parseDate(PackJson.optional(m, "due"), where);
        List<String> questions = new ArrayList<>();
        for (JsonNode q : m.path("questions")) {
            if (!q.isTextual()) {
                throw new PackException(where + ": every question must be a string");
            }
            questions.add(q.asText());
        }
        String instructions = utf8(entries.get(entryNamed(m, "instructions", entries, where)), name,
                PackEntries.INSTRUCTIONS);
        JsonNode scheme = json(entries.get(entryNamed(m, "scheme", entries, where)), name, PackEntries.SCHEME);
        List<AnnotationType> types = PackJson.readTypes(scheme);
        List<Verdict> verdicts = PackJson.readVerdicts(scheme);
        List<ArticleDraft> articles = readArticles(m, entries, name);
        byte[] reference = null;
        String referenceAnnotator = null;
        JsonNode ref = m.get("reference");
        if (ref != null && !ref.isNull()) {
            String entry = PackJson.requireText(ref, "entry", where + " reference");
            reference = entries.get(entry);
            if (reference == null) {
                throw new PackException(where + ": the reference entry \"" + entry + "\" is missing");
            }
            json(reference, name, entry);
            referenceAnnotator = PackJson.requireText(ref, "annotator", where + " reference");
        }
        try {
            return new ReadingPack(packId, title, instructions, questions, due, created, types, verdicts, articles,
                    reference, referenceAnnotator);
        } catch (IllegalArgumentException e) {
            throw new PackException(where + ": " + e.getMessage());
        }
    }

    /** Every entry but the manifest is listed with its SHA-256, and every listed entry is present and matches. */
    private static void checkHashes(JsonNode m, Map<String, byte[]> entries, String name) throws PackException {
        JsonNode hashes = m.get("sha256");
        if (hashes == null || !hashes.isObject()) {
            throw new PackException(name + ": " + PackEntries.MANIFEST + " lists no \"sha256\" of its entries");
        }
        Set<String> listed = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : hashes.properties()) {
            String entry = e.getKey();
            byte[] bytes = entries.get(entry);
            if (bytes == null) {
                throw new PackException(name + ": the manifest lists \"" + entry + "\" but the pack does not hold it");
            }
            if (!Digests.sha256(bytes).equalsIgnoreCase(e.getValue().asText())) {
                throw new PackException(name + ": the entry \"" + entry
                        + "\" does not match its SHA-256 in the manifest (changed or damaged)");
            }
            listed.add(entry);
        }
        for (String entry : entries.keySet()) {
            if (!entry.equals(PackEntries.MANIFEST) && !listed.contains(entry)) {
                throw new PackException(name + ": the entry \"" + entry + "\" is not listed in the manifest");
            }
        }
    }

    private static String entryNamed(JsonNode m, String field, Map<String, byte[]> entries, String where)
            throws PackException {
        String entry = PackJson.requireText(m, field, where);
        if (!entries.containsKey(entry)) {
            throw new PackException(where + ": the " + field + " entry \"" + entry + "\" is missing");
        }
        return entry;
    }

    private static List<ArticleDraft> readArticles(JsonNode m, Map<String, byte[]> entries, String name)
            throws PackException {
        String where = name + ": " + PackEntries.MANIFEST;
        JsonNode list = m.path("articles");
        if (!list.isArray() || list.isEmpty()) {
            throw new PackException(where + ": \"articles\" must list at least one article");
        }
        List<ArticleDraft> articles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : list) {
            String entry = PackJson.requireText(item, "entry", where + " article");
            byte[] bytes = entries.get(entry);
            if (bytes == null) {
                throw new PackException(where + ": the article entry \"" + entry + "\" is missing");
            }
            ArticleDraft article = PackJson.readArticle(json(bytes, name, entry), name + ": " + entry);
            String sha = TextHash.sha256(article.text());
            if (!sha.equals(item.path("textSha256").asText())) {
                throw new PackException(name + ": the text of \"" + entry + "\" does not match its textSha256");
            }
            if (!seen.add(sha)) {
                throw new PackException(name + ": the same article text occurs twice (" + entry + ")");
            }
            articles.add(article);
        }
        return articles;
    }

    private static JsonNode json(byte[] bytes, String name, String entry) throws PackException {
        try {
            JsonNode node = PackJson.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new PackException(name + ": " + entry + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new PackException(name + ": " + entry + " is not valid JSON (" + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new PackException(name + ": " + entry + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String utf8(byte[] bytes, String name, String entry) throws PackException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PackException(name + ": " + entry + " is not UTF-8 text");
        }
    }

    private static Instant parseInstant(String value, String where) throws PackException {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new PackException(where + ": \"created\" must be a UTC time like 2026-01-31T09:00:00Z");
        }
    }

    private static LocalDate parseDate(String value, String where) throws PackException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PackException(where + ": \"due\" must be a date like 2026-01-31");
        }
    }
}
