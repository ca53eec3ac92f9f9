package org.glossator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.glossator.anchoring.Targets;
import org.glossator.domain.TextTarget;
import org.glossator.ingest.ArticleImporter;
import org.glossator.ingest.ImportRejectedException;

/**
 * Hard re-anchoring cases made from the project's own sample articles (sample-corpus/), the
 * way web pages change: repeated sentences whose stored position now points at the other
 * copy, corrections that leave a copy of the old wording in an update note, words inserted
 * or removed inside the quote, quote marks and dashes swapped, mojibake repaired, paragraphs
 * moved, passages deleted. Each case is one article in an old and a new version and the
 * ground truth: the quote's range in the new version, or that it must be orphaned.
 * Deterministic for a seed.
 */
final class SampleEditCases {

    enum Kind {
        REPEATED_STALE("Repeated sentence, stale position"),
        DISTRACTOR("Distractor copy of the old wording"),
        WORDS_INSIDE("Word inserted/removed inside quote"),
        QUOTE_DASH("Quote marks/dashes changed"),
        MOJIBAKE("Mojibake repaired in/around quote"),
        PARAGRAPH_MOVED("Paragraph moved"),
        DELETED("Passage deleted (must orphan)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One case: the target is [oldStart, oldEnd) of oldText; the truth is [newStart, newEnd) of newText or orphan. */
    record EditCase(Kind kind, String oldText, String newText, int oldStart, int oldEnd, int newStart, int newEnd,
                    boolean mustOrphan) {
    }

    private static final String SENTENCE_END = ".!?";
    private static final int MIN_PARAGRAPH = 120;

    private final List<String> articles;
    private final Random random;

    SampleEditCases(List<String> articles, long seed) {
        this.articles = articles;
        this.random = new Random(seed);
    }

    /** The reading texts of the sample articles, as the importers make them. */
    static List<String> sampleTexts(Path folder) {
        List<String> texts = new ArrayList<>();
        ArticleImporter importer = new ArticleImporter();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (ArticleImporter.isSupported(file) && !file.getFileName().toString().equalsIgnoreCase("README.md")) {
                    texts.add(importer.read(file).text());
                }
            }
        } catch (IOException | ImportRejectedException e) {
            throw new IllegalStateException("cannot read the sample corpus: " + e.getMessage(), e);
        }
        return texts;
    }

    List<EditCase> generate(Kind kind, int count) {
        List<EditCase> cases = new ArrayList<>();
        int attempts = 0;
        while (cases.size() < count && attempts++ < count * 50) {
            String article = articles.get(cases.size() % articles.size());
            EditCase made = make(kind, article);
            if (made != null) {
                check(made);
                cases.add(made);
            }
        }
        return cases;
    }

    private EditCase make(Kind kind, String article) {
        return switch (kind) {
            case REPEATED_STALE -> repeatedStale(article);
            case DISTRACTOR -> distractor(article);
            case WORDS_INSIDE -> wordsInside(article);
            case QUOTE_DASH -> quoteDash(article);
            case MOJIBAKE -> mojibake(article);
            case PARAGRAPH_MOVED -> paragraphMoved(article);
            case DELETED -> deleted(article);
        };
    }

    /**
     * A sentence repeated as a pull quote a few paragraphs away; the annotation is on one copy,
     * and text inserted or removed before it makes its stored position point at the other copy.
     */
    private EditCase repeatedStale(String article) {
        List<int[]> paragraphs = paragraphs(article);
        int p = pickParagraph(paragraphs, 2);
        if (p < 0) {
            return null;
        }
        int[] sentence = sentenceIn(article, paragraphs.get(p));
        if (sentence == null) {
            return null;
        }
        int otherParagraph = Math.max(1, Math.min(paragraphs.size() - 1, p + (random.nextBoolean() ? -2 : 2)));
        int pullAt = paragraphs.get(otherParagraph)[0];
        String pull = article.substring(sentence[0], sentence[1]) + "\n";
        String base = article.substring(0, pullAt) + pull + article.substring(pullAt);
        int shift = pullAt <= sentence[0] ? pull.length() : 0;
        int[] body = {sentence[0] + shift, sentence[1] + shift};
        int[] copy = {pullAt, pullAt + pull.length() - 1};
        boolean onBody = random.nextBoolean();
        int[] sentenceRange = onBody ? body : copy;
        int[] other = onBody ? copy : body;
        int[] quote = wordsWithin(base, sentenceRange, 3, 40);
        if (quote == null) {
            return null;
        }
        int[] twin = {other[0] + (quote[0] - sentenceRange[0]), other[0] + (quote[1] - sentenceRange[0])};
        TextTarget onQuote = Targets.fromCharRange(base, quote[0], quote[1]);
        TextTarget onTwin = Targets.fromCharRange(base, twin[0], twin[1]);
        if (onQuote.prefix().equals(onTwin.prefix()) && onQuote.suffix().equals(onTwin.suffix())) {
            return null; // the same words in the same surroundings: nothing could tell the copies apart
        }
        ReanchorEditedText edited = new ReanchorEditedText(base);
        int first = Math.min(quote[0], twin[0]);
        // Edit well before both copies, so that neither copy's stored context changes.
        int lineBefore = lineStartAtOrBefore(base, first - TextTarget.CONTEXT_LENGTH - 8);
        if (twin[0] < quote[0]) {
            // Move the twin forward onto the stored position: insert exactly the distance before both.
            edited.changeNew(lineBefore, lineBefore, filler(quote[0] - twin[0]));
        } else {
            // Move the twin back onto the stored position: remove exactly the distance before both.
            int gap = twin[0] - quote[0];
            if (lineBefore < gap) {
                return null;
            }
            edited.changeNew(lineBefore - gap, lineBefore, "");
        }
        return build(Kind.REPEATED_STALE, edited, quote, false);
    }

    /** A correction inside the quote, with the old wording kept in an "Update:" note. */
    private EditCase distractor(String article) {
        List<int[]> paragraphs = paragraphs(article);
        int p = pickParagraph(paragraphs, 1);
        if (p < 0) {
            return null;
        }
        int[] quote = wordsWithin(article, paragraphs.get(p), 6, 30);
        if (quote == null) {
            return null;
        }
        ReanchorEditedText edited = new ReanchorEditedText(article);
        boolean corrected = random.nextInt(3) > 0;
        if (corrected) {
            List<int[]> words = ReanchorTextGenerator.words(article, quote[0], quote[1]);
            int[] word = words.get(1 + random.nextInt(words.size() - 2));
            String replacement = otherWord(article, word[1] - word[0], article.substring(word[0], word[1]));
            if (replacement == null || replacement.length() + 1 > (quote[1] - quote[0]) / 6) {
                return null;
            }
            edited.changeNew(word[0], word[1], replacement);
        }
        String note = "Update: an earlier version of this article said \u201C" + article.substring(quote[0], quote[1])
                + "\u201D. It has been corrected.\n";
        int noteAt = random.nextBoolean() ? paragraphs.get(Math.min(paragraphs.size() - 1, p + 1))[0]
                : lineStartAtOrBefore(article, paragraphs.get(p)[0] - 1);
        if (noteAt == paragraphs.get(p)[0]) {
            noteAt = article.length();
            note = "\n" + note.substring(0, note.length() - 1);
        }
        edited.changeNew(noteAt, noteAt, note);
        staleShift(article, edited, Math.min(quote[0], noteAt));
        return build(Kind.DISTRACTOR, edited, quote, false);
    }

    /** One word inserted or removed inside a quote of 8 or more words, often next to its edges. */
    private EditCase wordsInside(String article) {
        List<int[]> paragraphs = paragraphs(article);
        int p = pickParagraph(paragraphs, 1);
        if (p < 0) {
            return null;
        }
        int[] quote = wordsWithin(article, paragraphs.get(p), 8, 40);
        if (quote == null) {
            return null;
        }
        List<int[]> words = ReanchorTextGenerator.words(article, quote[0], quote[1]);
        int n = words.size();
        int roll = random.nextInt(4);
        int k = roll == 0 ? 1 : roll == 1 ? n - 2 : 1 + random.nextInt(n - 2);
        boolean insert = random.nextBoolean();
        if (insert && roll == 1) {
            k = n - 1;
        }
        ReanchorEditedText edited = new ReanchorEditedText(article);
        int budget = (quote[1] - quote[0]) / 5;
        if (insert) {
            String word = otherWord(article, 2 + random.nextInt(6), "");
            if (word == null || word.length() + 1 > budget) {
                return null;
            }
            edited.changeNew(words.get(k)[0], words.get(k)[0], word + " ");
        } else {
            if (words.get(k + 1)[0] - words.get(k)[0] > budget) {
                return null;
            }
            edited.changeNew(words.get(k)[0], words.get(k + 1)[0], "");
        }
        staleShift(article, edited, quote[0]);
        return build(Kind.WORDS_INSIDE, edited, quote, false);
    }

    /** Quote marks and dashes inside and around the quote switched to the other convention. */
    private EditCase quoteDash(String article) {
        int[] quote = quoteNearMark(article);
        if (quote == null) {
            return null;
        }
        ReanchorEditedText edited = new ReanchorEditedText(article);
        int from = Math.max(0, quote[0] - 24);
        int to = Math.min(article.length(), quote[1] + 24);
        int changed = 0;
        for (int i = from; i < to; i++) {
            String flipped = flipped(article, i);
            if (flipped != null) {
                edited.changeNew(i, i + 1, flipped);
                changed++;
            }
        }
        if (changed == 0) {
            return null;
        }
        staleShift(article, edited, from);
        return build(Kind.QUOTE_DASH, edited, quote, false);
    }

    /**
     * The annotation was made on a copy whose non-ASCII chars were mojibake (UTF-8 read as
     * Windows-1252) inside and around the quote; the article has since been repaired.
     */
    private EditCase mojibake(String article) {
        int[] quote = quoteNearMark(article);
        if (quote == null) {
            return null;
        }
        ReanchorEditedText edited = new ReanchorEditedText(article);
        int from = Math.max(0, quote[0] - 40);
        int to = Math.min(article.length(), quote[1] + 40);
        int changed = 0;
        for (int i = from; i < to; i++) {
            char c = article.charAt(i);
            if (c >= 0x80 && !Character.isSurrogate(c)) {
                edited.changeOld(i, i + 1, mojibakeOf(String.valueOf(c)));
                changed++;
            }
        }
        if (changed == 0) {
            return null;
        }
        staleShift(article, edited, from);
        return build(Kind.MOJIBAKE, edited, quote, false);
    }

    private EditCase paragraphMoved(String article) {
        List<int[]> paragraphs = paragraphs(article);
        int p = pickParagraph(paragraphs, 1);
        if (p < 0 || paragraphs.size() < 6) {
            return null;
        }
        int[] paragraph = paragraphs.get(p);
        int[] quote = wordsWithin(article, paragraph, 1, 30);
        if (quote == null) {
            return null;
        }
        int target;
        do {
            target = random.nextInt(paragraphs.size());
        } while (Math.abs(target - p) < 3);
        int lineEnd = Math.min(article.length(), paragraph[1] + 1);
        if (lineEnd == article.length() && article.charAt(lineEnd - 1) != '\n') {
            return null;
        }
        ReanchorEditedText edited = new ReanchorEditedText(article);
        edited.changeNew(paragraph[0], lineEnd, "");
        int at = paragraphs.get(target)[0];
        int id = edited.changeNew(at, at, article.substring(paragraph[0], lineEnd));
        edited.build();
        int newStart = edited.newStartOf(id) + quote[0] - paragraph[0];
        return checked(new EditCase(Kind.PARAGRAPH_MOVED, edited.oldText(), edited.newText(), edited.toOld(quote[0]),
                edited.toOld(quote[1]), newStart, newStart + quote[1] - quote[0], false));
    }

    /** The quote's passage removed (the paragraph, its sentence, or just the quote); nothing like it stays. */
    private EditCase deleted(String article) {
        List<int[]> paragraphs = paragraphs(article);
        int p = pickParagraph(paragraphs, 1);
        if (p < 0) {
            return null;
        }
        int[] paragraph = paragraphs.get(p);
        int[] quote = wordsWithin(article, paragraph, 3, 40);
        if (quote == null) {
            return null;
        }
        int roll = random.nextInt(10);
        int from;
        int to;
        if (roll < 3) {
            from = paragraph[0];
            to = Math.min(article.length(), paragraph[1] + 1);
        } else if (roll < 8) {
            from = sentenceStart(article, paragraph[0], quote[0]);
            to = sentenceEnd(article, quote[1], paragraph[1]);
        } else {
            from = quote[0];
            to = quote[1];
        }
        ReanchorEditedText edited = new ReanchorEditedText(article);
        edited.changeNew(from, to, "");
        staleShift(article, edited, from);
        edited.build();
        String quoteText = fold(article.substring(quote[0], quote[1]));
        if (fold(edited.newText()).contains(quoteText)) {
            return null;
        }
        return new EditCase(Kind.DELETED, edited.oldText(), edited.newText(), edited.toOld(quote[0]),
                edited.toOld(quote[1]), -1, -1, true);
    }

    // ---- helpers ----

    private EditCase build(Kind kind, ReanchorEditedText edited, int[] quote, boolean mustOrphan) {
        edited.build();
        return checked(new EditCase(kind, edited.oldText(), edited.newText(), edited.toOld(quote[0]),
                edited.toOld(quote[1]), edited.toNew(quote[0]), edited.toNew(quote[1]), mustOrphan));
    }

    private static EditCase checked(EditCase c) {
        return c.oldEnd() > c.oldStart() && !c.oldText().substring(c.oldStart(), c.oldEnd()).isBlank() ? c : null;
    }

    /** Guards the generator: where the kind leaves the quote's words alone, the truth holds them verbatim. */
    private static void check(EditCase c) {
        boolean wordsKept = c.kind() == Kind.REPEATED_STALE || c.kind() == Kind.PARAGRAPH_MOVED;
        if (wordsKept && !c.oldText().substring(c.oldStart(), c.oldEnd())
                .equals(c.newText().substring(c.newStart(), c.newEnd()))) {
            throw new IllegalStateException("bad ground truth: " + c.kind() + " " + c.oldStart());
        }
    }

    /** Sometimes inserts or removes a paragraph well before {@code before}, so the stored position goes stale. */
    private void staleShift(String article, ReanchorEditedText edited, int before) {
        int limit = lineStartAtOrBefore(article, before - 80);
        if (limit <= 0 || random.nextInt(4) == 0) {
            return;
        }
        int at = lineStartAtOrBefore(article, random.nextInt(limit));
        if (random.nextBoolean()) {
            edited.changeNew(at, at, filler(40 + random.nextInt(300)));
        } else {
            int end = article.indexOf('\n', at);
            if (end > 0 && end + 1 <= limit) {
                edited.changeNew(at, end + 1, "");
            }
        }
    }

    /** A paragraph of exactly {@code length} chars (ending in a line break) from the other sample articles. */
    private String filler(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            String source = articles.get(random.nextInt(articles.size()));
            int at = random.nextInt(Math.max(1, source.length() - 200));
            text.append(source, at, Math.min(source.length(), at + 200));
        }
        text.setLength(length - 1);
        return text.toString().replace('\n', ' ') + "\n";
    }

    private String otherWord(String article, int length, String not) {
        List<int[]> words = ReanchorTextGenerator.words(article, 0, article.length());
        for (int attempt = 0; attempt < 200; attempt++) {
            int[] w = words.get(random.nextInt(words.size()));
            String word = article.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
            if (Math.abs(word.length() - length) <= 1 && !word.equalsIgnoreCase(not) && word.chars().allMatch(
                    Character::isLetter)) {
                return word;
            }
        }
        return null;
    }

    /** {start, end} of every line, excluding the line break. */
    static List<int[]> paragraphs(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }

    /** A random paragraph long enough to quote from, at index at least {@code from}; -1 if none. */
    private int pickParagraph(List<int[]> paragraphs, int from) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int p = from + random.nextInt(Math.max(1, paragraphs.size() - from - 1));
            if (p < paragraphs.size() && paragraphs.get(p)[1] - paragraphs.get(p)[0] >= MIN_PARAGRAPH) {
                return p;
            }
        }
        return -1;
    }

    /** A word-aligned run of minWords..maxWords words inside the range, sometimes with its trailing punctuation. */
    private int[] wordsWithin(String text, int[] range, int minWords, int maxWords) {
        List<int[]> words = ReanchorTextGenerator.words(text, range[0], range[1]);
        if (words.size() < minWords) {
            return null;
        }
        int length = minWords + random.nextInt(Math.min(maxWords, words.size()) - minWords + 1);
        int first = random.nextInt(words.size() - length + 1);
        int end = words.get(first + length - 1)[1];
        if (random.nextInt(3) == 0 && end < range[1] && ".,;:!?".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return new int[] {words.get(first)[0], end};
    }

    private int[] sentenceIn(String text, int[] paragraph) {
        List<int[]> sentences = new ArrayList<>();
        int start = paragraph[0];
        for (int i = paragraph[0]; i < paragraph[1]; i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0 && (i + 1 == paragraph[1] || text.charAt(i + 1) == ' ')) {
                if (i + 1 - start >= 40) {
                    sentences.add(new int[] {start, i + 1});
                }
                start = i + 2;
            }
        }
        return sentences.isEmpty() ? null : sentences.get(random.nextInt(sentences.size()));
    }

    /** A quote of 2-12 words that contains or touches a quote mark, apostrophe or dash. */
    private int[] quoteNearMark(String text) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (flipped(text, i) != null) {
                marks.add(i);
            }
        }
        if (marks.isEmpty()) {
            return null;
        }
        int mark = marks.get(random.nextInt(marks.size()));
        int lineStart = lineStartAtOrBefore(text, mark);
        int lineEnd = text.indexOf('\n', mark);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        List<int[]> words = ReanchorTextGenerator.words(text, lineStart, lineEnd);
        if (words.size() < 3) {
            return null;
        }
        int at = 0;
        while (at < words.size() - 1 && words.get(at)[1] <= mark) {
            at++;
        }
        int first = Math.max(0, at - 1 - random.nextInt(6));
        int last = Math.min(words.size() - 1, at + random.nextInt(6));
        int start = words.get(first)[0];
        int end = words.get(last)[1];
        // Take in a quote mark at either edge, as readers often select "the whole quotation".
        if (random.nextBoolean() && start > lineStart && flipped(text, start - 1) != null) {
            start--;
        }
        if (random.nextBoolean() && end < lineEnd && flipped(text, end) != null && text.charAt(end) != '\u2014') {
            end++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    /** The other convention for a quote mark, apostrophe or dash, or null. */
    private static String flipped(String text, int i) {
        char c = text.charAt(i);
        boolean opening = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
        return switch (c) {
            case '"' -> opening ? "\u201C" : "\u201D";
            case '\u201C', '\u201D' -> "\"";
            case '\'' -> "\u2019";
            case '\u2019' -> "'";
            case '\u2014' -> "--";
            case '\u2013' -> "-";
            default -> null;
        };
    }

    /** The text's UTF-8 bytes read as Windows-1252 (undefined bytes kept as the C1 controls browsers show). */
    static String mojibakeOf(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String decoded = new String(new byte[] {b}, java.nio.charset.Charset.forName("windows-1252"));
            out.append(decoded.charAt(0) == '\uFFFD' ? (char) (b & 0xFF) : decoded.charAt(0));
        }
        return out.toString();
    }

    private static int lineStartAtOrBefore(String text, int at) {
        if (at <= 0) {
            return 0;
        }
        return text.lastIndexOf('\n', Math.min(at, text.length()) - 1) + 1;
    }

    private static int sentenceStart(String text, int paragraphStart, int from) {
        int i = from;
        while (i > paragraphStart && !(text.charAt(i - 1) == ' ' && i - 2 >= paragraphStart
                && SENTENCE_END.indexOf(text.charAt(i - 2)) >= 0)) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int from, int paragraphEnd) {
        int i = Math.max(from, 1);
        while (i < paragraphEnd && !(text.charAt(i) == ' ' && SENTENCE_END.indexOf(text.charAt(i - 1)) >= 0)) {
            i++;
        }
        return i < paragraphEnd ? i + 1 : i;
    }

    /** Loose fold for the generator's own "nothing like it stays" check: case, quotes, dashes, spaces. */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\u201C\u201D\"]", "\"").replaceAll("[\u2019']", "'")
                .replaceAll("[\u2013\u2014-]+", "-").replaceAll("\\s+", " ");
    }
}
