package org.glossator.ui.reader;

import org.glossator.ui.model.Mark;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.glossator.domain.Article;
import org.glossator.domain.StyleSpan;

/**
 * One reader: the article's title and metadata above a read-only RichTextFX area
 * with reading typography. It draws annotation marks (char ranges) and reports
 * clicks on them; it knows nothing about the store.
 */
public final class ReaderPane extends BorderPane {
    /** Widest text column, in pixels, before the margins grow instead (about 75 characters). */
    private static final double MAX_TEXT_WIDTH = 720;
    private static final javafx.css.PseudoClass ACTIVE = javafx.css.PseudoClass.getPseudoClass("active-pane");

    private final String side;
    private final Label paneLabel = new Label();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label placeholder = new Label(
            "No article open. Double-click an article in the corpus list, drag it here, or use its context menu.");
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final Tooltip hoverTip = new Tooltip();
    private final VBox header;
    private boolean active;

    private int[] paragraphStarts = new int[0];
    /** The block style class of each paragraph (heading-1, blockquote...), or null. */
    private String[] paragraphBlocks = new String[0];
    private HighlightLayout layout = new HighlightLayout(List.of(), List.of());
    private String selectedId;
    private String flashId;
    /** Find and search hits, char ranges sorted by start and not overlapping; drawn over the marks. */
    private List<int[]> findHits = List.of();
    private Consumer<Mark> onMarkClicked = m -> { };
    private Function<String, String> describeMark = id -> "";
    private double fontSize = 16;
    private double maxTextWidth = MAX_TEXT_WIDTH;

    public ReaderPane(String side) {
        this.side = side;
        getStyleClass().add("reader-pane");
        setId(side.toLowerCase(java.util.Locale.ROOT) + "-reader");
        area.setId(side.toLowerCase(java.util.Locale.ROOT) + "-text");
        area.getStyleClass().add("reader-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(org.fxmisc.richtext.Caret.CaretVisibility.ON);
        area.widthProperty().addListener((obs, o, w) -> updateMargins(w.doubleValue()));
        paneLabel.getStyleClass().add("pane-label");
        // The main window's readers are "Left" and "Right"; other windows name theirs in full.
        boolean mainPane = side.equals("Left") || side.equals("Right");
        paneLabel.setText(side.toUpperCase(java.util.Locale.ROOT) + (mainPane ? " PANE" : ""));
        title.getStyleClass().add("reader-title");
        title.setId(side.toLowerCase(java.util.Locale.ROOT) + "-title");
        meta.getStyleClass().add("reader-meta");
        placeholder.getStyleClass().add("reader-placeholder");
        placeholder.setMaxWidth(320);
        header = new VBox(paneLabel, title, meta);
        header.getStyleClass().add("reader-header");
        setTop(header);
        setCenter(new StackPane(placeholder));
        installMouseHandlers();
        applyFontSize();
    }

    public String side() {
        return side;
    }

    /**
     * Marks this pane as the one that takes new articles. Only the header shows it: a
     * style change on an ancestor of the text area re-applies CSS to every paragraph,
     * and RichTextFX keeps the paragraph heights it measured before, so later
     * paragraphs would be drawn over earlier ones.
     */
    public void setActive(boolean isActive) {
        this.active = isActive;
        header.pseudoClassStateChanged(ACTIVE, isActive);
    }

    public boolean isActive() {
        return active;
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public Optional<Article> article() {
        return Optional.ofNullable(article.get());
    }

    public void setOnMarkClicked(Consumer<Mark> handler) {
        this.onMarkClicked = handler;
    }

    /** Text for the hover tooltip of an annotation (type, note, verdict). */
    public void setMarkDescriber(Function<String, String> describer) {
        this.describeMark = describer;
    }

    /**
     * Shows an article with its marks; resets the scroll position to the top. The
     * document is built once with its paragraph and run styles (one replace), which
     * is several times faster on long articles than setting text and then styles.
     */
    public void show(Article shown, Collection<Mark> marks) {
        article.set(shown);
        title.setText(shown.title());
        meta.setText(metaLine(shown));
        String text = shown.text();
        paragraphStarts = paragraphStarts(text);
        paragraphBlocks = paragraphBlocks(shown.formatting(), text.length());
        selectedId = null;
        flashId = null;
        findHits = List.of();
        layout = new HighlightLayout(shown.formatting(), marks);
        area.replace(0, area.getLength(), document(text));
        area.moveTo(0);
        area.showParagraphAtTop(0);
        setCenter(scroll);
    }

    /** The article's paragraphs with their block styles and the current marks' runs. */
    private org.fxmisc.richtext.model.StyledDocument<Collection<String>, String, Collection<String>> document(String text) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc =
                new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), List.of(), paragraphStarts.length);
        for (int p = 0; p < paragraphStarts.length; p++) {
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
            appendParagraph(spans, p);
            String block = paragraphBlocks[p];
            doc.addParagraph(text.substring(paragraphStarts[p], paragraphEnd(p, text.length())), spans.create(),
                    block == null ? List.of() : List.of(block));
        }
        return doc.build();
    }

    /**
     * Lays the article out afresh after a stylesheet change (View › Theme). New CSS on an
     * ancestor re-styles every paragraph, but the virtual flow keeps the heights it measured
     * with the old styles, so paragraphs would be drawn over each other. Showing the same
     * document again makes new paragraph cells, measured with the new styles; the reading
     * position (top paragraph and how far it is scrolled), the selection and the caret stay.
     */
    public void remeasure() {
        Article shown = article.get();
        if (shown == null || paragraphStarts.length == 0) {
            return;
        }
        int top = 0;
        double topOffset = Double.NaN;
        try {
            top = area.firstVisibleParToAllParIndex();
            topOffset = firstParagraphOffset();
        } catch (IllegalStateException | IndexOutOfBoundsException notLaidOut) {
            // Nothing laid out yet (the pane was never shown): there is no position to keep.
        }
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        // Emptied first: replacing equal paragraphs by equal ones keeps their cells.
        area.clear();
        area.replace(0, 0, document(shown.text()));
        area.selectRange(anchor, caret);
        area.showParagraphAtTop(top);
        area.layout();
        if (!Double.isNaN(topOffset)) {
            try {
                double now = firstParagraphOffset();
                if (!Double.isNaN(now)) {
                    area.scrollYBy(now - topOffset);
                    area.layout();
                }
            } catch (IllegalStateException | IndexOutOfBoundsException notLaidOut) {
                // The paragraph is at the top; the part scrolled past is not restored.
            }
        }
    }

    /** How far the first visible paragraph's top is below the top of the view (negative: scrolled into). */
    private double firstParagraphOffset() {
        javafx.geometry.Bounds first = area.getVisibleParagraphBoundsOnScreen(0);
        javafx.geometry.Bounds view = area.localToScreen(area.getLayoutBounds());
        return first == null || view == null ? Double.NaN : first.getMinY() - view.getMinY();
    }

    /** Takes an article's new details (title, author, date, URL) when its text did not change. */
    public void showDetails(Article details) {
        if (article.get() != null && article.get().id() == details.id()) {
            article.set(details);
            title.setText(details.title());
            meta.setText(metaLine(details));
        }
    }

    public void clear() {
        article.set(null);
        title.setText("");
        meta.setText("");
        area.clear();
        paragraphStarts = new int[0];
        paragraphBlocks = new String[0];
        findHits = List.of();
        layout = new HighlightLayout(List.of(), List.of());
        setCenter(new StackPane(placeholder));
    }

    static String metaLine(Article a) {
        List<String> parts = new ArrayList<>();
        if (a.author() != null && !a.author().isBlank()) {
            parts.add(a.author());
        }
        if (a.published() != null && !a.published().isBlank()) {
            parts.add(a.published());
        }
        parts.add(String.format("%,d words", a.wordCount()));
        if (a.sourceUrl() != null) {
            parts.add(a.sourceUrl());
        } else if (a.fileName() != null) {
            parts.add(a.fileName());
        }
        return String.join("  ·  ", parts);
    }

    /**
     * Replaces the marks and restyles only the paragraphs whose marks changed
     * (given as char ranges), instead of the whole document.
     */
    public void updateMarks(Collection<Mark> marks, List<int[]> changedRanges) {
        layout = new HighlightLayout(article.get() == null ? List.of() : article.get().formatting(), marks);
        for (int[] range : changedRanges) {
            restyleRange(range[0], range[1]);
        }
    }

    /**
     * Marks find or search hits (char ranges, sorted, not overlapping) with the style
     * class {@code find-hit}; restyles only the paragraphs the old and new hits touch.
     */
    public void setFindHits(List<int[]> hits) {
        List<int[]> old = findHits;
        findHits = List.copyOf(hits);
        for (int[] range : old) {
            restyleRange(range[0], range[1]);
        }
        for (int[] range : findHits) {
            restyleRange(range[0], range[1]);
        }
    }

    public List<int[]> findHits() {
        return findHits;
    }

    public String selectedId() {
        return selectedId;
    }

    /** Frames the selected annotation; restyles the old and new ones only. */
    public void select(String id) {
        Optional<Mark> old = findMark(selectedId);
        selectedId = id;
        old.ifPresent(m -> restyleRange(m.start(), m.end()));
        findMark(id).ifPresent(m -> restyleRange(m.start(), m.end()));
    }

    /** Scrolls the annotation into view, moves the caret to it and flashes it briefly. */
    public void reveal(String id) {
        findMark(id).ifPresent(m -> {
            area.moveTo(m.start());
            area.showParagraphAtTop(paragraphOf(m.start()));
            area.layout();
            centerOn(m);
            flashId = id;
            restyleRange(m.start(), m.end());
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(700));
            pause.setOnFinished(e -> {
                if (id.equals(flashId)) {
                    flashId = null;
                    restyleRange(m.start(), m.end());
                }
            });
            pause.play();
        });
    }

    /**
     * Scrolls so that the mark sits in the middle of the view. Centring its paragraph is
     * not enough: in a long paragraph the mark could still be at the bottom edge.
     */
    private void centerOn(Mark m) {
        Optional<javafx.geometry.Bounds> mark = area.getCharacterBoundsOnScreen(m.start(), Math.max(m.start() + 1, m.end()));
        javafx.geometry.Bounds view = area.localToScreen(area.getLayoutBounds());
        if (mark.isEmpty() || view == null) {
            return;
        }
        javafx.geometry.Bounds b = mark.get();
        double delta = b.getHeight() > view.getHeight() * 0.8
                ? b.getMinY() - view.getMinY() - view.getHeight() * 0.1
                : b.getMinY() + b.getHeight() / 2 - (view.getMinY() + view.getHeight() / 2);
        area.scrollYBy(delta);
        area.layout();
    }

    /** Where a char range is on screen, if it is laid out (for tests and diagnostics). */
    public Optional<javafx.geometry.Bounds> boundsOnScreen(int start, int end) {
        return area.getCharacterBoundsOnScreen(start, Math.max(start + 1, end));
    }

    public boolean isFlashing(String id) {
        return id != null && id.equals(flashId);
    }

    public Optional<Mark> findMark(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return layout.marksIn(0, Integer.MAX_VALUE).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Marks under a char index, innermost first. */
    public List<Mark> marksAt(int charIndex) {
        return layout.marksAt(charIndex);
    }

    /** The style classes currently applied at a char index (for tests and diagnostics). */
    public Collection<String> stylesAt(int charIndex) {
        return area.getStyleAtPosition(charIndex + 1);
    }

    public void setFontSize(double size) {
        this.fontSize = size;
        applyFontSize();
    }

    public double fontSize() {
        return fontSize;
    }

    private void applyFontSize() {
        // The zoom level is user state, not styling, so it is the one inline style here.
        area.setStyle("-fx-font-size: " + fontSize + "px;");
    }

    /** The widest text column in pixels (View › Reading width); wider panes grow their margins. */
    public void setReadingWidth(double pixels) {
        this.maxTextWidth = pixels;
        updateMargins(area.getWidth());
    }

    public double readingWidth() {
        return maxTextWidth;
    }

    private void updateMargins(double width) {
        double side = Math.max(28, (width - maxTextWidth) / 2);
        area.setPadding(new Insets(18, side, 40, side));
    }

    private void installMouseHandlers() {
        area.setOnMouseClicked(e -> {
            if (e.getClickCount() != 1 || area.getSelection().getLength() > 0) {
                return;
            }
            area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(index -> {
                List<Mark> hits = layout.marksAt(index);
                if (!hits.isEmpty()) {
                    onMarkClicked.accept(pickNext(hits));
                }
            });
        });
        hoverTip.getStyleClass().add("mark-tooltip");
        hoverTip.setWrapText(true);
        hoverTip.setMaxWidth(420);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<Mark> hits = layout.marksAt(e.getCharacterIndex());
            if (hits.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            for (Mark m : hits) {
                if (text.length() > 0) {
                    text.append("\n— ");
                }
                text.append(describeMark.apply(m.id()));
            }
            hoverTip.setText(text.toString());
            hoverTip.setAnchorLocation(PopupWindow.AnchorLocation.WINDOW_TOP_LEFT);
            hoverTip.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 14);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hoverTip.hide());
    }

    /** Repeated clicks on nested marks cycle from the innermost outwards. */
    private Mark pickNext(List<Mark> hits) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id().equals(selectedId)) {
                return hits.get((i + 1) % hits.size());
            }
        }
        return hits.get(0);
    }

    public String hoverText() {
        return hoverTip.getText();
    }

    public Tooltip hoverTooltip() {
        return hoverTip;
    }

    private static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A heading of the shown article: its paragraph, level (1 = top) and text. */
    public record Heading(int paragraph, int level, String text) {
    }

    /** The shown article's headings in reading order, for the table of contents. */
    public List<Heading> headings() {
        List<Heading> headings = new ArrayList<>();
        Article shown = article.get();
        if (shown == null) {
            return headings;
        }
        for (int p = 0; p < paragraphBlocks.length; p++) {
            String block = paragraphBlocks[p];
            if (block != null && block.startsWith("heading-")) {
                int level = Character.isDigit(block.charAt(block.length() - 1)) ? block.charAt(block.length() - 1) - '0' : 1;
                String text = shown.text().substring(paragraphStarts[p], paragraphEnd(p, shown.text().length())).strip();
                if (!text.isEmpty()) {
                    headings.add(new Heading(p, level, text.length() > 80 ? text.substring(0, 80) + "…" : text));
                }
            }
        }
        return headings;
    }

    /** Scrolls a paragraph to the top of the view and puts the caret there. */
    public void goToParagraph(int paragraph) {
        if (paragraph >= 0 && paragraph < paragraphStarts.length) {
            area.moveTo(paragraphStarts[paragraph]);
            area.showParagraphAtTop(paragraph);
        }
    }

    public int paragraphOf(int charIndex) {
        int idx = java.util.Arrays.binarySearch(paragraphStarts, charIndex);
        return idx >= 0 ? idx : -idx - 2;
    }

    private int paragraphEnd(int paragraph) {
        return paragraphEnd(paragraph, area.getLength());
    }

    private int paragraphEnd(int paragraph, int textLength) {
        return paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] - 1 : textLength;
    }

    /** The block style of each paragraph, from the formatting spans. */
    private String[] paragraphBlocks(List<StyleSpan> formatting, int textLength) {
        String[] blocks = new String[paragraphStarts.length];
        for (StyleSpan span : formatting) {
            if (span.style().isBlock() && span.start() < textLength) {
                int first = paragraphOf(span.start());
                int last = paragraphOf(Math.max(span.start(), span.end() - 1));
                for (int p = first; p <= last; p++) {
                    blocks[p] = span.style().cssClass();
                }
            }
        }
        return blocks;
    }

    /** Restyles only the paragraphs that intersect [from, to). */
    private void restyleRange(int from, int to) {
        if (paragraphStarts.length == 0) {
            return;
        }
        int first = paragraphOf(Math.max(0, Math.min(from, area.getLength())));
        int last = paragraphOf(Math.max(0, Math.min(Math.max(from, to - 1), area.getLength())));
        for (int p = first; p <= last; p++) {
            if (paragraphEnd(p) > paragraphStarts[p]) {
                StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
                appendParagraph(builder, p);
                area.setStyleSpans(p, 0, builder.create());
            }
        }
    }

    private void appendParagraph(StyleSpansBuilder<Collection<String>> builder, int p) {
        int start = paragraphStarts[p];
        int end = paragraphEnd(p, article.get() == null ? area.getLength() : article.get().text().length());
        if (end <= start) {
            builder.add(List.of(), 0);
            return;
        }
        // Block styles also style the runs (heading font sizes, caption italics).
        String block = paragraphBlocks[p];
        int at = start;
        for (HighlightLayout.Segment s : layout.segments(start, end, selectedId, flashId)) {
            List<String> classes = block == null ? s.classes() : withBlock(s.classes(), block);
            addWithFindHits(builder, classes, at, at + s.length());
            at += s.length();
        }
    }

    /** Adds [from, to) with its classes, splitting it where find hits begin and end. */
    private void addWithFindHits(StyleSpansBuilder<Collection<String>> builder, List<String> classes, int from, int to) {
        int cursor = from;
        if (to > from) {
            for (int[] hit : findHits) {
                if (hit[1] <= cursor || hit[0] >= to) {
                    continue;
                }
                if (hit[0] > cursor) {
                    builder.add(classes, hit[0] - cursor);
                    cursor = hit[0];
                }
                int hitEnd = Math.min(to, hit[1]);
                List<String> marked = new ArrayList<>(classes);
                marked.add("find-hit");
                builder.add(marked, hitEnd - cursor);
                cursor = hitEnd;
            }
        }
        if (to > cursor || to == from) {
            builder.add(classes, to - cursor);
        }
    }

    private static List<String> withBlock(List<String> classes, String block) {
        List<String> all = new ArrayList<>(classes.size() + 1);
        all.add(block);
        all.addAll(classes);
        return all;
    }

    /** Exposed for the benchmark: the spans a full restyle would apply. */
    public StyleSpans<Collection<String>> computeAllSpans() {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        for (int p = 0; p < paragraphStarts.length; p++) {
            appendParagraph(builder, p);
            if (p + 1 < paragraphStarts.length) {
                builder.add(List.of(), 1);
            }
        }
        return builder.create();
    }
}
