package org.glossator.classroom.pack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextHash;
import org.glossator.exchange.AtomicFileWriter;

/**
 * Writes a {@code .glossa} file: a zip whose first entry is {@code manifest.json} (format,
 * version, pack id, title, due date, questions, and the SHA-256 of every other entry),
 * then the instructions, the scheme, one JSON entry per article and the optional reference
 * annotations. The file appears only when complete (written beside it, then moved).
 */
public final class PackWriter {

    public void write(ReadingPack pack, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> {
            write(pack, out);
            return null;
        });
    }

    /** Writes the zip to {@code out} (closed at the end). */
    public void write(ReadingPack pack, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PackEntries.INSTRUCTIONS, pack.instructions().getBytes(StandardCharsets.UTF_8));
        entries.put(PackEntries.SCHEME, json(PackJson.scheme(pack.types(), pack.verdicts())));
        ArrayNode articleList = PackJson.MAPPER.createArrayNode();
        for (int i = 0; i < pack.articles().size(); i++) {
            ArticleDraft article = pack.articles().get(i);
            String sha = TextHash.sha256(article.text());
            String entry = PackEntries.article(i);
            entries.put(entry, json(PackJson.article(article, sha)));
            articleList.addObject().put("entry", entry).put("title", article.title()).put("textSha256", sha);
        }
        if (pack.hasReference()) {
            entries.put(PackEntries.REFERENCE, pack.reference());
        }
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, PackEntries.MANIFEST, json(manifest(pack, articleList, entries)));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
    }

    private static ObjectNode manifest(ReadingPack pack, ArrayNode articles, Map<String, byte[]> entries) {
        ObjectNode m = PackJson.MAPPER.createObjectNode();
        m.put("format", PackEntries.FORMAT);
        m.put("formatVersion", ReadingPack.FORMAT_VERSION);
        m.put("packId", pack.packId());
        m.put("title", pack.title());
        m.put("created", pack.created().toString());
        if (pack.due() != null) {
            m.put("due", pack.due().toString());
        }
        m.put("instructions", PackEntries.INSTRUCTIONS);
        ArrayNode questions = m.putArray("questions");
        pack.questions().forEach(questions::add);
        m.put("scheme", PackEntries.SCHEME);
        m.set("articles", articles);
        if (pack.hasReference()) {
            m.putObject("reference").put("entry", PackEntries.REFERENCE)
                    .put("annotator", pack.referenceAnnotator());
        }
        ObjectNode hashes = m.putObject("sha256");
        entries.forEach((name, bytes) -> hashes.put(name, Digests.sha256(bytes)));
        return m;
    }

    private static byte[] json(ObjectNode node) throws IOException {
        return PackJson.MAPPER.writeValueAsBytes(node);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
