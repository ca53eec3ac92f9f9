package org.glossator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glossator.domain.Article;
import org.glossator.domain.ArticleDetails;
import org.glossator.domain.TextProvenance;
import org.glossator.domain.TextRepair;
import org.glossator.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show an article: details, the encoding it was read in, what import repaired,"
        + " and the reading text exactly as stored.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    GlossatorCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE_ID", description = "The article's id (see `list`).")
    long id;

    @Option(names = "--json", description = "Machine-readable JSON output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Article article;
        ArticleDetails details;
        TextProvenance provenance;
        try (Store store = root.openStore()) {
            article = store.articles().find(id).orElse(null);
            if (article == null) {
                spec.commandLine().getErr().println("There is no article #" + id + ".");
                spec.commandLine().getErr().flush();
                return Cli.SOME_REFUSED;
            }
            details = store.articles().details(id).orElseThrow();
            provenance = store.articles().provenance(id).orElseThrow();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(asMap(article, details, provenance)));
        } else {
            out.println("Article #" + article.id());
            line(out, "Title", details.title());
            line(out, "Author", details.author());
            line(out, "Published", details.published());
            line(out, "URL", details.sourceUrl());
            line(out, "Notes", details.sourceNotes());
            line(out, "File", article.fileName());
            line(out, "Imported", String.valueOf(article.importedAt()));
            line(out, "Encoding", provenance.encoding() == null ? "not recorded" : provenance.encoding());
            line(out, "Repairs", provenance.repaired() ? provenance.notice() : "none");
            line(out, "Original", provenance.originalText() == null ? null : "kept (restore it in the app)");
            line(out, "Words", String.valueOf(article.wordCount()));
            out.println();
            out.println(article.text());
        }
        out.flush();
        return Cli.OK;
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("%-10s %s%n", label + ":", value);
        }
    }

    private static Map<String, Object> asMap(Article article, ArticleDetails details, TextProvenance provenance) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", article.id());
        map.put("title", details.title());
        map.put("author", details.author());
        map.put("published", details.published());
        map.put("sourceUrl", details.sourceUrl());
        map.put("sourceNotes", details.sourceNotes());
        map.put("fileName", article.fileName());
        map.put("sha256", article.sha256());
        map.put("importedAt", String.valueOf(article.importedAt()));
        map.put("wordCount", article.wordCount());
        map.put("encoding", provenance.encoding());
        List<Map<String, Object>> repairs = provenance.repairs().stream().map(ShowCommand::repair).toList();
        map.put("repairs", repairs);
        map.put("originalTextKept", provenance.originalText() != null);
        map.put("text", article.text());
        return map;
    }

    private static Map<String, Object> repair(TextRepair repair) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", repair.kind().name());
        map.put("description", repair.description());
        map.put("count", repair.count());
        return map;
    }
}
