package org.glossator.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.glossator.ingest.ClutterProposal.Reason;

/**
 * Finds the page furniture that text copied from a web page carries along (menus,
 * "Save this story", photo credits, newsletter boxes, repeated section lists) in an
 * article's reading text, one paragraph per line. It only proposes: the user decides.
 * Only short paragraphs are considered (an article's own sentences about newsletters
 * are long), except lines repeated verbatim, which articles practically never have.
 */
public final class TextDumpClutter {
    private static final int MAX_CLUTTER_WORDS = 30;
    private static final int MIN_MENU_WORDS = 6;
    /** A full sentence this long is article text: no headline comes after it. */
    private static final int MIN_SENTENCE_WORDS = 12;
    private static final int MAX_MENU_WORD_LENGTH = 16;
    private static final int MAX_REPEATED_WORDS = 12;

    private static final Pattern NAVIGATION = Pattern.compile("(?i)^(open|close|toggle|show|hide)\\s+"
            + "(navigation|nav|menu|alert|search|sidebar)\\b.*|.*\\b(skip|jump) to (the )?(main )?(content|article"
            + "|navigation)\\b.*|^(menu|search|sign in|log in|login|sign up|home|account|my account|back to top"
            + "|main menu|navigation|close|open menu|more|sections|all sections)$");
    private static final Pattern SHARE = Pattern.compile("(?i)^(save( this)?( story| article)?|saved|share"
            + "( this)?( story| article| on \\w+)?|copy link|print|email|comments?( \\(\\d+\\))?|\\d+ comments?"
            + "|listen( to this)?( article| story)?.*|read more|facebook|twitter|x|linkedin|whatsapp|reddit"
            + "|pinterest|gift( this)? article|follow( us)?( on \\w+)?|tweet)$");
    private static final Pattern CREDIT = Pattern.compile("(?i)^(photo(graph)?s?|image|illustration|video"
            + "|photo illustration|credit|source|artwork|graphic)( by)?\\s*[:\\-–—]?\\s*\\S.*|.*\\b(getty images"
            + "|shutterstock|associated press|\\bap photo|reuters|afp|alamy|courtesy of)\\b.*|^©.*");
    private static final Pattern NEWSLETTER = Pattern.compile("(?i).*\\b(newsletter|sign up|subscribe|subscription"
            + "|enter your email|your inbox|email address|unsubscribe|privacy policy)\\b.*");
    private static final int MAX_NEWSLETTER_WORDS = 15;
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)^(sign up|subscribe|get|stay|join|enter"
            + "|don.t miss|never miss|want more|like this|receive)\\b");
    private static final Pattern ADVERTISEMENT = Pattern.compile("(?i)^(advertisement|sponsored( content)?"
            + "|ad|promoted|paid content|most popular|trending( now)?|related( stories| articles)?|more from .*"
            + "|you might also like|recommended( for you)?|continue reading( below)?|accept( all)? cookies.*"
            + "|we use cookies.*|this site uses cookies.*)$");

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "of", "for",
            "to", "in", "on", "and", "or", "is", "are", "was", "were", "how", "why", "what", "who", "with", "by",
            "at", "from", "this", "that", "it", "its", "your", "our", "you", "we", "i", "not", "no", "as", "be",
            "has", "have", "can", "will", "nobody", "after", "before", "into", "about", "towards", "toward", "between",
            "over", "under", "vs", "than", "when", "where", "new", "more", "most");

    private TextDumpClutter() {
    }

    /** Proposals in text order; at most one per paragraph. */
    public static List<ClutterProposal> propose(String readingText) {
        List<String> paragraphs = readingText.lines().toList();
        Map<String, Integer> occurrences = new HashMap<>();
        for (String paragraph : paragraphs) {
            occurrences.merge(paragraph.strip(), 1, Integer::sum);
        }
        List<ClutterProposal> proposals = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            int end = start + paragraph.codePointCount(0, paragraph.length());
            Optional<Reason> reason = reasonFor(paragraph.strip(), occurrences);
            if (reason.isPresent()) {
                proposals.add(new ClutterProposal(i, start, end, paragraph, reason.get()));
            }
            start = end + 1; // the line break
        }
        return proposals;
    }

    /** The reading text without the given paragraphs. */
    public static String without(String readingText, List<Integer> paragraphIndexes) {
        List<String> paragraphs = readingText.lines().toList();
        StringBuilder out = new StringBuilder(readingText.length());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!paragraphIndexes.contains(i)) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(paragraphs.get(i));
            }
        }
        return out.toString();
    }

    /**
     * Title, author and date written near the top of the body: the first short
     * paragraph without a full stop that is not clutter, before the first long paragraph,
     * is the title; a "By ..." line the author; a date line the date.
     */
    public static MetadataProposal proposeMetadata(String readingText) {
        List<String> paragraphs = readingText.lines().limit(40).toList();
        Map<String, Integer> occurrences = new HashMap<>();
        for (String paragraph : readingText.lines().toList()) {
            occurrences.merge(paragraph.strip(), 1, Integer::sum);
        }
        String title = null;
        String author = null;
        String published = null;
        boolean bodyStarted = false;
        for (String raw : paragraphs) {
            String line = raw.strip();
            if (line.isEmpty() || reasonFor(line, occurrences).isPresent()) {
                continue;
            }
            Optional<Byline> byline = Byline.parse(line);
            if (author == null && byline.isPresent()) {
                author = byline.get().author();
                if (published == null) {
                    published = byline.get().published();
                }
                continue;
            }
            Optional<PublishedDate.DateLine> date = PublishedDate.parseDateLine(line);
            if (published == null && date.isPresent()) {
                published = date.get().iso();
                continue;
            }
            if (title == null && !bodyStarted && looksLikeHeadline(line)) {
                title = line;
            }
            // A headline comes before the article's first real paragraph; a short line after it is a section heading.
            bodyStarted |= wordCount(line) > MAX_CLUTTER_WORDS
                    || (PlainTextParagraphs.endsWithFullStop(line) && wordCount(line) >= MIN_SENTENCE_WORDS);
        }
        return new MetadataProposal(title, author, published);
    }

    private static boolean looksLikeHeadline(String line) {
        int words = wordCount(line);
        return words >= 3 && words <= 25 && !PlainTextParagraphs.endsWithFullStop(line)
                && Character.isUpperCase(line.codePointAt(0));
    }

    private static Optional<Reason> reasonFor(String line, Map<String, Integer> occurrences) {
        if (line.isEmpty()) {
            return Optional.empty();
        }
        int words = wordCount(line);
        if (words <= MAX_CLUTTER_WORDS) {
            if (NAVIGATION.matcher(line).matches()) {
                return Optional.of(Reason.NAVIGATION);
            }
            if (SHARE.matcher(line).matches()) {
                return Optional.of(Reason.SHARE_PROMPT);
            }
            if (ADVERTISEMENT.matcher(line).matches()) {
                return Optional.of(Reason.ADVERTISEMENT);
            }
            if (CREDIT.matcher(line).matches() && !PlainTextParagraphs.endsWithFullStop(line)) {
                return Optional.of(Reason.CREDIT);
            }
            // A sentence may mention a newsletter; a sign-up box is short or starts by telling the reader to act.
            if (NEWSLETTER.matcher(line).matches() && (words <= MAX_NEWSLETTER_WORDS || CALL_TO_ACTION.matcher(line).find())) {
                return Optional.of(Reason.NEWSLETTER);
            }
            if (looksLikeMenu(line, words)) {
                return Optional.of(Reason.NAVIGATION);
            }
        }
        if (words <= MAX_REPEATED_WORDS && occurrences.getOrDefault(line, 0) > 1
                && !PlainTextParagraphs.endsWithFullStop(line)) {
            return Optional.of(Reason.REPEATED);
        }
        return Optional.empty();
    }

    /**
     * A row of section names: six or more short capitalised words with no sentence
     * punctuation ("Business Culture Gear Ideas Science Security").
     */
    private static boolean looksLikeMenu(String line, int words) {
        if (words < MIN_MENU_WORDS || line.matches(".*[.,;:!?\"“”].*")) {
            return false;
        }
        int capitalised = 0;
        for (String word : line.split("[\\s|·•/]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false; // "The Quay Lanterns Nobody Asked For" is a headline in title case, not a menu
            }
            if (word.length() > MAX_MENU_WORD_LENGTH) {
                return false;
            }
            if (Character.isUpperCase(word.codePointAt(0)) || word.equals("&")) {
                capitalised++;
            }
        }
        return capitalised == words || capitalised >= words * 0.9;
    }

    private static int wordCount(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() ? 0 : stripped.split("[\\s|·•/]+").length;
    }
}
