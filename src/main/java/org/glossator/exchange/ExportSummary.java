package org.glossator.exchange;

/** What an export wrote. */
public record ExportSummary(int articles, long annotations, long links, int embeddedArticles) {
    @Override
    public String toString() {
        return annotations + (annotations == 1 ? " annotation" : " annotations") + " from " + articles
                + (articles == 1 ? " article" : " articles")
                + (links > 0 ? ", " + links + (links == 1 ? " link" : " links") : "")
                + (embeddedArticles > 0 ? ", " + embeddedArticles + " embedded" : "");
    }
}
