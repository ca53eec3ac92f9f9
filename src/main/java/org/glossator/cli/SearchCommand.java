package org.glossator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import org.glossator.domain.Counts;
import org.glossator.domain.Verdict;
import org.glossator.store.SearchHit;
import org.glossator.store.SearchQuery;
import org.glossator.store.SearchSyntaxException;
import org.glossator.store.Store;
import org.glossator.workspace.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {"Search the text and titles of every article, best hits first.",
    "QUERY: words (all must occur), \"a phrase\", prefix*, OR, NOT, parentheses."})
final class SearchCommand extends StoreCommand {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
    List<String> query;

    @Option(names = "--type", paramLabel = "T", description = "Only articles with an annotation of this type (key).")
    String type;

    @Option(names = "--tag", paramLabel = "T", description = "Only articles with an annotation carrying this tag.")
    String tag;

    @Option(names = "--verdict", paramLabel = "V",
            description = "Only articles with a claim of this verdict (unverified, unsupported, misleading, false,"
                    + " accurate). --type, --tag and --verdict apply to one and the same annotation.")
    String verdict;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Most hits shown (default 20).")
    int limit;

    @Option(names = "--json", description = "Machine-readable JSON output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchQuery request;
        List<SearchHit> hits;
        try (Store store = root.openStore()) {
            request = new SearchQuery(String.join(" ", query), type, tag, parseVerdict(), limit);
            hits = new SearchService(store).search(request);
        } catch (SearchSyntaxException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = out();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(hits));
        } else {
            double best = SearchService.bestScore(hits);
            for (SearchHit hit : hits) {
                out.printf("%5d  %3d%%  %s%n       %s%n", hit.articleId(),
                        SearchService.relevancePercent(hit.score(), best), hit.title(), marked(hit));
            }
            out.println(Counts.of(hits.size(), "article", "articles"));
        }
        out.flush();
        return Cli.OK;
    }

    private Verdict parseVerdict() {
        try {
            return Verdict.fromKey(verdict);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Unknown verdict '" + verdict
                    + "'; use unverified, unsupported, misleading, false or accurate.");
        }
    }

    /** The snippet with the matched words in [brackets]. */
    private static String marked(SearchHit hit) {
        StringBuilder out = new StringBuilder(hit.snippet());
        List<SearchHit.Range> ranges = hit.snippetHighlights();
        for (int i = ranges.size() - 1; i >= 0; i--) {
            out.insert(ranges.get(i).end(), ']').insert(ranges.get(i).start(), '[');
        }
        return out.toString().replace('\n', ' ');
    }
}
