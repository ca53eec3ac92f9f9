package org.glossator.classroom.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glossator.anchoring.CodePointIndex;
import org.glossator.domain.Annotation;
import org.glossator.domain.AnnotationLink;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.Article;
import org.glossator.domain.Verdict;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One standalone HTML file for an annotated article, or for a class's annotations on it:
 * the text with highlights (each mark numbered), the notes beside it with type, annotator,
 * verdict, tags, evidence, sources and links, and a summary table by type and verdict. It
 * needs nothing else to display (styles inline, no scripts) and prints on paper with the
 * notes after the text. Built with jsoup, which escapes every text and attribute; links are
 * written only for http(s) URLs.
 */
public final class ArticleReport {
    private final Article article;
    private final List<Annotation> annotations;
    private final Map<String, AnnotationType> types = new LinkedHashMap<>();
    private final List<AnnotationLink> links;
    private final String heading;
    private final Map<String, Integer> numbers = new HashMap<>();

    /**
     * @param annotations the annotations to show (one annotator's or a class's)
     * @param types       the scheme, for labels and colours
     * @param links       links touching these annotations
     * @param heading     what the report is, e.g. "Annotations by Anna" or "Class of 12 students"
     */
    public ArticleReport(Article article, List<Annotation> annotations, List<AnnotationType> types,
                         List<AnnotationLink> links, String heading) {
        this.article = article;
        this.annotations = new ArrayList<>(annotations);
        this.annotations.sort(Comparator.comparingInt((Annotation a) -> a.target().start())
                .thenComparing(Comparator.comparingInt((Annotation a) -> a.target().end()).reversed())
                .thenComparing(Annotation::creator).thenComparing(Annotation::id));
        types.forEach(t -> this.types.put(t.key(), t));
        this.links = List.copyOf(links);
        this.heading = heading;
        for (int i = 0; i < this.annotations.size(); i++) {
            numbers.put(this.annotations.get(i).id(), i + 1);
        }
    }

    public String render(LocalDate generated) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "Glossator");
        head.appendElement("title").text(article.title() + " — " + heading);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css()));
        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(article.title());
        Element meta = header.appendElement("p").addClass("meta");
        List<String> parts = new ArrayList<>();
        if (article.author() != null && !article.author().isBlank()) {
            parts.add(article.author());
        }
        if (article.published() != null && !article.published().isBlank()) {
            parts.add(article.published());
        }
        meta.appendText(String.join(" · ", parts));
        if (isWebUrl(article.sourceUrl())) {
            if (!parts.isEmpty()) {
                meta.appendText(" · ");
            }
            meta.appendElement("a").attr("href", article.sourceUrl()).text(article.sourceUrl());
        }
        header.appendElement("p").addClass("meta").text(heading + " · " + annotations.size()
                + (annotations.size() == 1 ? " annotation" : " annotations") + " · report of " + generated);
        summary(body.appendElement("section").addClass("summary"));
        Element layout = body.appendElement("div").addClass("layout");
        text(layout.appendElement("main").addClass("text"));
        notes(layout.appendElement("aside").addClass("notes"));
        return "<!DOCTYPE html>\n" + doc.html() + "\n";
    }

    private void summary(Element section) {
        section.appendElement("h2").text("Summary");
        Element table = section.appendElement("table");
        Element headRow = table.appendElement("thead").appendElement("tr");
        headRow.appendElement("th").text("Type");
        for (Verdict v : Verdict.values()) {
            headRow.appendElement("th").text(v.label());
        }
        headRow.appendElement("th").text("No verdict");
        headRow.appendElement("th").text("Total");
        Element tbody = table.appendElement("tbody");
        Map<String, int[]> counts = new LinkedHashMap<>();
        types.keySet().forEach(k -> counts.put(k, new int[Verdict.values().length + 2]));
        for (Annotation a : annotations) {
            int[] row = counts.computeIfAbsent(a.typeKey(), k -> new int[Verdict.values().length + 2]);
            row[a.verdict() == null ? Verdict.values().length : a.verdict().ordinal()]++;
            row[Verdict.values().length + 1]++;
        }
        int[] totals = new int[Verdict.values().length + 2];
        counts.forEach((key, row) -> {
            if (row[row.length - 1] == 0) {
                return;
            }
            Element tr = tbody.appendElement("tr");
            swatch(tr.appendElement("th"), key).appendText(label(key));
            for (int i = 0; i < row.length; i++) {
                tr.appendElement("td").text(Integer.toString(row[i]));
                totals[i] += row[i];
            }
        });
        Element total = table.appendElement("tfoot").appendElement("tr");
        total.appendElement("th").text("All types");
        for (int t : totals) {
            total.appendElement("td").text(Integer.toString(t));
        }
        Map<String, Integer> byCreator = new TreeMap<>();
        annotations.forEach(a -> byCreator.merge(displayCreator(a), 1, Integer::sum));
        if (byCreator.size() > 1) {
            Element p = section.appendElement("p").addClass("meta");
            List<String> entries = new ArrayList<>();
            byCreator.forEach((c, n) -> entries.add(c + ": " + n));
            p.text("By annotator — " + String.join(", ", entries));
        }
    }

    /** The text, one paragraph per line, cut at every start and end of a placed annotation. */
    private void text(Element main) {
        String text = article.text();
        CodePointIndex index = new CodePointIndex(text);
        List<int[]> ranges = new ArrayList<>(); // char start, char end, annotation number - 1
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            if (!a.isOrphan() && a.target().end() > a.target().start()
                    && a.target().end() <= index.codePointLength()) {
                ranges.add(new int[] {index.toCharIndex(a.target().start()), index.toCharIndex(a.target().end()), i});
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        ranges.forEach(r -> {
            cuts.add(r[0]);
            cuts.add(r[1]);
        });
        Map<Integer, List<Integer>> endingAt = new TreeMap<>();
        ranges.forEach(r -> endingAt.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[2]));
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int newline = text.indexOf('\n', paragraphStart);
            int paragraphEnd = newline < 0 ? text.length() : newline;
            Element p = main.appendElement("p");
            int pos = paragraphStart;
            while (pos < paragraphEnd) {
                Integer next = cuts.higher(pos);
                int end = next == null ? paragraphEnd : Math.min(next, paragraphEnd);
                appendSegment(p, text.substring(pos, end), covering(ranges, pos, end));
                pos = end;
                for (int n : endingAt.getOrDefault(pos, List.of())) {
                    Element sup = p.appendElement("sup").addClass("ref");
                    sup.appendElement("a").attr("href", "#note-" + (n + 1)).attr("id", "ref-" + (n + 1))
                            .text(Integer.toString(n + 1));
                }
            }
            if (newline < 0) {
                break;
            }
            paragraphStart = newline + 1;
        }
    }

    private List<Annotation> covering(List<int[]> ranges, int start, int end) {
        List<Annotation> result = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[0] <= start && end <= r[1]) {
                result.add(annotations.get(r[2]));
            }
        }
        return result;
    }

    private void appendSegment(Element p, String segment, List<Annotation> covering) {
        if (covering.isEmpty()) {
            p.appendText(segment);
            return;
        }
        // The innermost (shortest) mark gives the colour; more layers draw a darker underline.
        Annotation inner = covering.stream().min(Comparator.comparingInt(a -> a.target().end() - a.target().start()))
                .orElseThrow();
        Element mark = p.appendElement("mark").addClass("t-" + cssKey(inner.typeKey())).text(segment);
        if (covering.size() > 1) {
            mark.addClass("layers");
        }
        List<String> tips = new ArrayList<>();
        for (Annotation a : covering) {
            tips.add("[" + numbers.get(a.id()) + "] " + label(a.typeKey())
                    + (a.creator().isEmpty() ? "" : " — " + a.creator()));
        }
        mark.attr("title", String.join("\n", tips));
    }

    private void notes(Element aside) {
        aside.appendElement("h2").text("Notes");
        Element list = aside.appendElement("ol");
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            Element li = list.appendElement("li").attr("id", "note-" + (i + 1)).attr("value", Integer.toString(i + 1));
            Element head = li.appendElement("div").addClass("note-head");
            swatch(head, a.typeKey()).appendText(label(a.typeKey()));
            if (!a.creator().isEmpty()) {
                head.appendText(" · ").appendElement("span").addClass("creator").text(a.creator());
            }
            if (a.verdict() != null) {
                head.appendText(" · ").appendElement("span").addClass("verdict").text(a.verdict().label());
            }
            if (a.isOrphan()) {
                head.appendText(" · ").appendElement("span").addClass("orphan").text("not placed in the text");
            } else {
                head.appendText(" ").appendElement("a").attr("href", "#ref-" + (i + 1)).text("↑");
            }
            li.appendElement("blockquote").text(a.target().exact());
            if (!a.note().isBlank()) {
                li.appendElement("p").addClass("note").text(a.note());
            }
            field(li, "Tags", a.tags().isEmpty() ? null : String.join(", ", a.tags()));
            field(li, "Evidence", a.evidence());
            field(li, "Speaker", a.speaker());
            if (Boolean.TRUE.equals(a.attributionGiven())) {
                field(li, "Attribution", "given in the text");
            }
            field(li, "Citation", a.citation());
            if (a.url() != null && !a.url().isBlank()) {
                Element p = li.appendElement("p").addClass("field");
                p.appendElement("span").addClass("label").text("URL: ");
                if (isWebUrl(a.url())) {
                    p.appendElement("a").attr("href", a.url()).text(a.url());
                } else {
                    p.appendText(a.url());
                }
            }
            linksOf(li, a);
        }
    }

    private void linksOf(Element li, Annotation a) {
        for (AnnotationLink link : links) {
            if (!link.fromId().equals(a.id()) && !link.toId().equals(a.id())) {
                continue;
            }
            boolean outgoing = link.fromId().equals(a.id());
            String other = link.otherEnd(a.id());
            Element p = li.appendElement("p").addClass("field link");
            p.appendElement("span").addClass("label").text((outgoing ? link.relation().label()
                    : "← " + link.relation().label()) + ": ");
            Integer n = numbers.get(other);
            if (n != null) {
                p.appendElement("a").attr("href", "#note-" + n).text("note " + n);
            } else {
                p.appendText("an annotation not in this report");
            }
        }
    }

    private static void field(Element li, String label, String value) {
        if (value != null && !value.isBlank()) {
            Element p = li.appendElement("p").addClass("field");
            p.appendElement("span").addClass("label").text(label + ": ");
            p.appendText(value);
        }
    }

    private Element swatch(Element parent, String typeKey) {
        parent.appendElement("span").addClass("swatch").addClass("t-" + cssKey(typeKey));
        return parent;
    }

    private String label(String typeKey) {
        AnnotationType t = types.get(typeKey);
        return t == null ? typeKey : t.label();
    }

    private static String displayCreator(Annotation a) {
        return a.creator().isEmpty() ? "(no name)" : a.creator();
    }

    /** Type keys are [a-z0-9-]; anything else (a foreign file's key) is folded so it stays one CSS class. */
    private static String cssKey(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "_");
    }

    static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return (u.startsWith("https://") || u.startsWith("http://")) && u.length() > 8;
    }

    private String css() {
        StringBuilder css = new StringBuilder("""
                :root { --ink: #1a1a1a; --muted: #555; --rule: #ccc; }
                body { font-family: "Noto Serif", Georgia, serif; color: var(--ink); margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; line-height: 1.55; }
                h1 { font-size: 1.8rem; margin-bottom: .2rem; }
                h2 { font-size: 1.15rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
                .meta { color: var(--muted); margin: .2rem 0; font-size: .95rem; }
                table { border-collapse: collapse; font-size: .9rem; }
                th, td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: right; }
                th:first-child { text-align: left; }
                .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
                .text p { margin: 0 0 .9rem; }
                mark { color: inherit; padding: 0 .05em; border-radius: 2px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                mark.layers { box-shadow: inset 0 -2px 0 rgba(0,0,0,.55); }
                sup.ref { font-size: .7rem; font-family: sans-serif; }
                sup.ref a { text-decoration: none; }
                .notes ol { padding-left: 1.6rem; font-size: .92rem; }
                .notes li { margin-bottom: .9rem; break-inside: avoid; }
                .note-head { font-family: sans-serif; font-size: .85rem; color: var(--muted); }
                .notes blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--rule); font-style: italic; }
                .note { white-space: pre-wrap; margin: .2rem 0; }
                .field { margin: .1rem 0; }
                .label { font-family: sans-serif; font-size: .8rem; color: var(--muted); }
                .orphan { color: #a00; }
                .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; border-radius: 2px; vertical-align: baseline; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
                @media print {
                  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
                  .layout { display: block; }
                  .notes { break-before: page; }
                  a { color: inherit; text-decoration: none; }
                  h1, h2 { break-after: avoid; }
                  .summary { break-inside: avoid; }
                  @page { margin: 18mm 16mm; }
                }
                """);
        for (AnnotationType t : types.values()) {
            // Colours are validated #rrggbb in the domain; the translucent fill keeps the text readable.
            css.append("mark.t-").append(cssKey(t.key())).append(" { background: ").append(t.color()).append("40; }\n");
            css.append(".swatch.t-").append(cssKey(t.key())).append(" { background: ").append(t.color()).append("; }\n");
        }
        return css.toString();
    }
}
