package org.glossator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates accuracy cases for the re-anchoring benchmark: per category, many targets on
 * one ~1 MB article, each with an edit of that category near it (cases are spread over the
 * article so that their edits do not interfere), and the ground truth: the target's char
 * range in the new text, or that it must be orphaned.
 */
final class ReanchorAccuracyCases {

    enum Category {
        INSERTED_PARAGRAPH("Inserted paragraph before"),
        DELETED_PARAGRAPH("Deleted paragraph before"),
        MOVED_PARAGRAPH("Paragraph moved (extra)"),
        TYPO_INSIDE("Typo fixed inside quote"),
        TYPO_AROUND("Typo fixed around quote"),
        WHITESPACE("Whitespace changed inside quote"),
        QUOTE_MARKS("Quote marks/dashes changed"),
        DELETED_PASSAGE("Deleted passage (must orphan)");

        final String label;

        Category(String label) {
            this.label = label;
        }
    }

    /** Truth for one target: old and new char ranges, or orphan. */
    record Case(int oldStart, int oldEnd, int newStart, int newEnd, boolean mustOrphan) {
    }

    record CaseSet(Category category, String oldText, String newText, List<Case> cases) {
    }

    private static final String SENTENCE_END = ".!?\"\u201D";
    private static final String QUOTE_CHARS = "\"\u201C\u201D'\u2019\u2013";

    private final String base;
    private final List<int[]> paragraphs;
    private final ReanchorTextGenerator generator;
    private final Random random;

    ReanchorAccuracyCases(String base, ReanchorTextGenerator generator, long seed) {
        this.base = base;
        this.paragraphs = ReanchorTextGenerator.paragraphs(base);
        this.generator = generator;
        this.random = new Random(seed);
    }

    CaseSet generate(Category category, int count) {
        ReanchorEditedText edited = new ReanchorEditedText(base);
        List<PendingCase> pending = new ArrayList<>();
        int step = (paragraphs.size() - 8) / count;
        for (int slot = 0; slot < count; slot++) {
            int first = 1 + slot * step;
            for (int attempt = 0; attempt < 20; attempt++) {
                int p = first + random.nextInt(Math.max(1, step - 5));
                PendingCase made = make(category, p, edited);
                if (made != null) {
                    pending.add(made);
                    break;
                }
            }
        }
        edited.build();
        List<Case> cases = new ArrayList<>();
        for (PendingCase c : pending) {
            int oldStart = edited.toOld(c.baseStart);
            int oldEnd = edited.toOld(c.baseEnd);
            if (c.mustOrphan) {
                cases.add(new Case(oldStart, oldEnd, -1, -1, true));
            } else if (c.movedId >= 0) {
                int newStart = edited.newStartOf(c.movedId) + c.movedOffset;
                cases.add(new Case(oldStart, oldEnd, newStart, newStart + (c.baseEnd - c.baseStart), false));
            } else {
                cases.add(new Case(oldStart, oldEnd, edited.toNew(c.baseStart), edited.toNew(c.baseEnd), false));
            }
        }
        CaseSet set = new CaseSet(category, edited.oldText(), edited.newText(), cases);
        checkTruth(set);
        return set;
    }

    /** Guards the generator itself: where an edit leaves the quote alone, the truth range must hold it verbatim. */
    private static void checkTruth(CaseSet set) {
        boolean quoteUnchanged = switch (set.category()) {
            case INSERTED_PARAGRAPH, DELETED_PARAGRAPH, MOVED_PARAGRAPH, TYPO_AROUND -> true;
            default -> false;
        };
        for (Case c : set.cases()) {
            String old = set.oldText().substring(c.oldStart(), c.oldEnd());
            boolean holds = c.mustOrphan() || !quoteUnchanged
                    || old.equals(set.newText().substring(c.newStart(), c.newEnd()));
            if (!holds || old.isBlank()) {
                throw new IllegalStateException("bad ground truth in " + set.category() + ": " + c);
            }
        }
    }

    /**
     * Applies one edit of the category around paragraph {@code p} (for an editing session
     * rather than a case); false when that paragraph does not suit the category.
     */
    boolean applyEdit(Category category, int p, ReanchorEditedText edited) {
        return make(category, p, edited) != null;
    }

    List<int[]> paragraphs() {
        return paragraphs;
    }

    /** A case in base coordinates, before the texts are built. */
    private static final class PendingCase {
        int baseStart;
        int baseEnd;
        boolean mustOrphan;
        int movedId = -1;
        int movedOffset;

        PendingCase(int[] quote) {
            baseStart = quote[0];
            baseEnd = quote[1];
        }
    }

    private PendingCase make(Category category, int p, ReanchorEditedText edited) {
        int[] paragraph = paragraphs.get(p);
        switch (category) {
            case INSERTED_PARAGRAPH: {
                int[] quote = quoteIn(paragraph, 1);
                edited.changeNew(paragraph[0], paragraph[0], generator.paragraph() + "\n\n");
                return new PendingCase(quote);
            }
            case DELETED_PARAGRAPH: {
                int[] quote = quoteIn(paragraph, 1);
                edited.changeNew(paragraphs.get(p - 1)[0], paragraph[0], "");
                return new PendingCase(quote);
            }
            case MOVED_PARAGRAPH: {
                int[] quote = quoteIn(paragraph, 1);
                int next = paragraphs.get(p + 1)[0];
                edited.changeNew(paragraph[0], next, "");
                int id = edited.changeNew(paragraphs.get(p + 3)[0], paragraphs.get(p + 3)[0],
                        base.substring(paragraph[0], paragraph[1]) + "\n\n");
                PendingCase c = new PendingCase(quote);
                c.movedId = id;
                c.movedOffset = quote[0] - paragraph[0];
                return c;
            }
            case TYPO_INSIDE: {
                int[] quote = quoteIn(paragraph, 1);
                int[] word = longWordWithin(quote[0], quote[1]);
                if (word == null) {
                    return null;
                }
                edited.changeOld(word[0] + 1, word[1] - 1, typo(base.substring(word[0] + 1, word[1] - 1)));
                return new PendingCase(quote);
            }
            case TYPO_AROUND: {
                int[] quote = quoteIn(paragraph, 1);
                boolean before = random.nextBoolean();
                int[] word = before ? longWordWithin(Math.max(paragraph[0], quote[0] - 32), quote[0] - 1)
                        : longWordWithin(quote[1] + 1, Math.min(paragraph[1], quote[1] + 32));
                if (word == null) {
                    return null;
                }
                edited.changeOld(word[0] + 1, word[1] - 1, typo(base.substring(word[0] + 1, word[1] - 1)));
                return new PendingCase(quote);
            }
            case WHITESPACE: {
                int[] quote = quoteIn(paragraph, 2);
                List<Integer> spaces = new ArrayList<>();
                for (int i = quote[0] + 1; i < quote[1] - 1; i++) {
                    if (base.charAt(i) == ' ') {
                        spaces.add(i);
                    }
                }
                if (spaces.isEmpty()) {
                    return null;
                }
                int changes = 1 + random.nextInt(Math.min(2, spaces.size()));
                for (int k = 0; k < changes; k++) {
                    int at = spaces.remove(random.nextInt(spaces.size()));
                    String[] replacements = {"  ", "\n", " \n", "\u00A0", "   "};
                    String replacement = replacements[random.nextInt(replacements.length)];
                    if (random.nextBoolean()) {
                        edited.changeNew(at, at + 1, replacement);
                    } else {
                        edited.changeOld(at, at + 1, replacement);
                    }
                }
                return new PendingCase(quote);
            }
            case QUOTE_MARKS:
                return quoteMarkCase(paragraph, edited);
            case DELETED_PASSAGE: {
                int[] quote = quoteIn(paragraph, 1);
                int roll = random.nextInt(10);
                int from;
                int to;
                if (roll < 3) {
                    from = paragraph[0];
                    to = paragraphs.get(p + 1)[0];
                } else if (roll < 8) {
                    from = sentenceStart(paragraph[0], quote[0]);
                    to = sentenceEnd(quote[1], paragraph[1]);
                } else {
                    from = quote[0];
                    to = quote[1];
                }
                edited.changeNew(from, to, "");
                PendingCase c = new PendingCase(quote);
                c.mustOrphan = true;
                return c;
            }
            default:
                throw new IllegalArgumentException(category.name());
        }
    }

    private PendingCase quoteMarkCase(int[] paragraph, ReanchorEditedText edited) {
        List<Integer> marks = new ArrayList<>();
        for (int i = paragraph[0]; i < paragraph[1]; i++) {
            if (QUOTE_CHARS.indexOf(base.charAt(i)) >= 0 && flipped(i) != null) {
                marks.add(i);
            }
        }
        if (marks.isEmpty()) {
            return null;
        }
        int mark = marks.get(random.nextInt(marks.size()));
        List<int[]> words = ReanchorTextGenerator.words(base, paragraph[0], paragraph[1]);
        int at = 0;
        while (at < words.size() - 1 && words.get(at)[1] <= mark) {
            at++;
        }
        int first = Math.max(0, at - 1 - random.nextInt(6));
        int last = Math.min(words.size() - 1, at + random.nextInt(6));
        int start = Math.min(words.get(first)[0], mark);
        int end = Math.max(words.get(last)[1], mark + 1);
        for (int i = start; i < end; i++) {
            String flipped = flipped(i);
            if (flipped != null && QUOTE_CHARS.indexOf(base.charAt(i)) >= 0) {
                edited.changeNew(i, i + 1, flipped);
            }
        }
        return new PendingCase(new int[] {start, end});
    }

    /** The other convention for a quote mark or dash: straight to curly and back. */
    private String flipped(int i) {
        char c = base.charAt(i);
        boolean opening = i + 1 < base.length() && Character.isLetterOrDigit(base.charAt(i + 1))
                && (i == 0 || !Character.isLetterOrDigit(base.charAt(i - 1)));
        return switch (c) {
            case '"' -> opening ? "\u201C" : "\u201D";
            case '\u201C', '\u201D' -> "\"";
            case '\'' -> "\u2019";
            case '\u2019' -> "'";
            case '\u2013' -> "-";
            default -> null;
        };
    }

    /** A word-aligned quote of random length inside the paragraph, at least minWords long. */
    private int[] quoteIn(int[] paragraph, int minWords) {
        List<int[]> words = ReanchorTextGenerator.words(base, paragraph[0], paragraph[1]);
        int length = Math.max(minWords, Math.min(words.size(), quoteLength(random)));
        int first = random.nextInt(Math.max(1, words.size() - length + 1));
        int last = Math.min(words.size() - 1, first + length - 1);
        int end = words.get(last)[1];
        if (random.nextInt(4) == 0 && end < paragraph[1] && ".,;:!?".indexOf(base.charAt(end)) >= 0) {
            end++;
        }
        return new int[] {words.get(first)[0], end};
    }

    /** Quote length in words: mostly short phrases and sentence fragments, some long passages. */
    static int quoteLength(Random random) {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return 1 + random.nextInt(4);
        }
        if (roll < 80) {
            return 5 + random.nextInt(11);
        }
        if (roll < 97) {
            return 16 + random.nextInt(25);
        }
        return 41 + random.nextInt(110);
    }

    private int[] longWordWithin(int from, int to) {
        List<int[]> candidates = new ArrayList<>();
        for (int[] word : ReanchorTextGenerator.words(base, Math.max(0, from), Math.max(from, to))) {
            boolean plain = true;
            for (int i = word[0]; i < word[1]; i++) {
                plain &= Character.isLetter(base.charAt(i)) && base.charAt(i) < 128;
            }
            if (plain && word[1] - word[0] >= 4) {
                candidates.add(word);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** A typing slip in the inner letters of a word: swapped, dropped, doubled or wrong letter. */
    private String typo(String inner) {
        StringBuilder s = new StringBuilder(inner);
        int i = random.nextInt(inner.length());
        switch (random.nextInt(4)) {
            case 0 -> {
                if (inner.length() >= 2) {
                    int j = Math.min(i, inner.length() - 2);
                    char c = s.charAt(j);
                    s.setCharAt(j, s.charAt(j + 1));
                    s.setCharAt(j + 1, c);
                } else {
                    s.setCharAt(0, (char) ('a' + random.nextInt(26)));
                }
            }
            case 1 -> s.deleteCharAt(i);
            case 2 -> s.insert(i, s.charAt(i));
            default -> s.setCharAt(i, (char) ('a' + Math.floorMod(s.charAt(i) - 'a' + 1 + random.nextInt(25), 26)));
        }
        return s.toString().equals(inner) ? inner + "x" : s.toString();
    }

    private int sentenceStart(int paragraphStart, int from) {
        int i = from;
        while (i > paragraphStart && !(base.charAt(i - 1) == ' ' && i - 2 >= paragraphStart
                && SENTENCE_END.indexOf(base.charAt(i - 2)) >= 0)) {
            i--;
        }
        return i;
    }

    private int sentenceEnd(int from, int paragraphEnd) {
        int i = Math.max(from, 1);
        while (i < paragraphEnd && !(base.charAt(i) == ' ' && SENTENCE_END.indexOf(base.charAt(i - 1)) >= 0)) {
            i++;
        }
        return i < paragraphEnd ? i + 1 : i;
    }
}
