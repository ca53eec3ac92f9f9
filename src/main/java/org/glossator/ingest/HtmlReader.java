package org.glossator.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: metadata from the head and byline, the article from the page's
 * main content with navigation, sharing widgets and other clutter taken out.
 */
final class HtmlReader implements FormatReader {

    /**
     * UTF-8 first: bytes that are valid UTF-8 are UTF-8 whatever the page claims (a
     * non-ASCII Latin-1 text practically never is). Otherwise a declared charset is
     * honoured if every byte is valid in it; failing that the UTF-8 refusal stands.
     */
    @Override
    public String decode(String fileName, byte[] content) throws ImportRejectedException {
        try {
            return StrictDecoder.decodeUtf8(fileName, content);
        } catch (ImportRejectedException notUtf8) {
            return HtmlCharsetSniffer.declaredCharset(content)
                    .flatMap(charset -> StrictDecoder.tryDecode(content, charset))
                    .orElseThrow(() -> notUtf8);
        }
    }

    @Override
    public ExtractedArticle extract(String text) {
        Document page = Jsoup.parse(text);
        HtmlMetadata metadata = HtmlMetadata.of(page);
        HtmlClutterRemover.clean(page);
        Element content = HtmlContentRoot.find(page);
        ReadingTextBuilder builder = new ReadingTextBuilder();
        HtmlBodyWalker.walk(content, builder, metadata.title());
        return new ExtractedArticle(metadata.title(), metadata.author(), metadata.published(),
                metadata.sourceUrl(), builder.build());
    }
}
