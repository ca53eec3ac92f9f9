package org.glossator.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.glossator.domain.ArticleDraft;
import org.glossator.domain.TextProvenance;

/**
 * Reads an article file (plain text, Markdown or HTML) into an {@link ArticleDraft}, or
 * refuses it with a reason the user can act on. Stateless and thread-safe.
 */
public final class ArticleImporter {
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final String SUPPORTED_LIST = ".txt, .text, .md, .markdown, .html and .htm";
    private static final Map<String, FormatReader> READERS = Map.of(
            "txt", new PlainTextReader(), "text", new PlainTextReader(),
            "md", new MarkdownReader(), "markdown", new MarkdownReader(),
            "html", new HtmlReader(), "htm", new HtmlReader());

    /** Reads a file; its size is checked before any byte is read, so a huge file costs nothing. */
    public ArticleDraft read(Path file) throws ImportRejectedException {
        String fileName = baseName(file.toString());
        readerFor(fileName); // refuses an unsupported file before touching the disk
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportRejectedException(fileName,
                        Files.exists(file) ? "this is a folder, not a file." : "the file does not exist.");
            }
            checkSize(fileName, Files.size(file));
            return read(fileName, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ImportRejectedException(fileName, "the file does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new ImportRejectedException(fileName, "Glossator is not allowed to read the file.", e);
        } catch (IOException e) {
            throw new ImportRejectedException(fileName, "the file could not be read (" + e.getMessage() + ").", e);
        }
    }

    /** Reads content that is already in memory; {@code fileName} decides the format. */
    public ArticleDraft read(String fileName, byte[] content) throws ImportRejectedException {
        String name = baseName(fileName);
        FormatReader reader = readerFor(name);
        checkSize(name, content.length);
        if (content.length == 0) {
            throw new ImportRejectedException(name, "the file is empty.");
        }
        // UTF-16 is full of NUL bytes; with its byte order mark it is text all the same.
        if (!ByteOrderMark.isUtf16(content) && BinaryContentDetector.looksBinary(content)) {
            throw new ImportRejectedException(name, "the file is not text; it looks like a binary file"
                    + " such as an image, a PDF or a word-processor document.");
        }
        DecodedText decoded = reader.decode(name, content);
        String text = TextNormaliser.normalise(decoded.text());
        if (text.isBlank()) {
            throw new ImportRejectedException(name, "the file is empty (it contains only blank space).");
        }
        MojibakeRepair.Result repaired = MojibakeRepair.repair(text);
        ExtractedArticle article = reader.extract(repaired.text());
        if (article.body().isEmpty()) {
            throw new ImportRejectedException(name, "the file contains no article text to read.");
        }
        String originalText = null;
        if (!repaired.repairs().isEmpty()) {
            // Kept so that the user can go back to the text exactly as the file had it.
            String original = reader.extract(text).body().text();
            originalText = original.equals(article.body().text()) || original.isBlank() ? null : original;
        }
        TextProvenance provenance = new TextProvenance(decoded.encoding(), repaired.repairs(), originalText);
        return new ArticleDraft(article.title(), article.author(), article.published(), article.sourceUrl(),
                name, article.body().text(), article.body().spans(), provenance);
    }

    public static boolean isSupported(Path file) {
        return file != null && file.getFileName() != null
                && READERS.containsKey(extension(file.getFileName().toString()));
    }

    private static FormatReader readerFor(String fileName) throws ImportRejectedException {
        String extension = extension(fileName);
        FormatReader reader = READERS.get(extension);
        if (reader != null) {
            return reader;
        }
        String what = extension.isEmpty()
                ? "the file name has no extension, so Glossator cannot tell what kind of file it is"
                : "Glossator cannot import ." + extension + " files";
        throw new ImportRejectedException(fileName, what + ". Supported files are " + SUPPORTED_LIST + ".");
    }

    private static void checkSize(String fileName, long size) throws ImportRejectedException {
        if (size > MAX_BYTES) {
            // Rounded up so that a file just over the limit never reads "20.0 MB; the limit is 20 MB".
            double megabytes = Math.ceil(size * 10.0 / (1024 * 1024)) / 10.0;
            throw new ImportRejectedException(fileName, String.format(Locale.ROOT,
                    "the file is %.1f MB; the limit is %d MB.", megabytes, MAX_BYTES / (1024 * 1024)));
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Callers may pass a path as the name; drafts only carry the file's own name. */
    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
