package org.glossator.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: metadata from the head and byline, the article from the page's
 * main content with navigation, sharing widgets and other clutter taken out.
 */
final class HtmlReader implements FormatReader {

    /**
     * The byte order mark first; then the declared charset (meta, http-equiv, XML
     * declaration), checked against the bytes: bytes that are valid multi-byte UTF-8 are
     * UTF-8 whatever the page claims (a Latin-1 text practically never is, and reading
     * UTF-8 as windows-1252 is what makes mojibake). A declaration the bytes contradict
     * is ignored and ICU's detector decides; failing all that the UTF-8 refusal stands.
     */
    @Override
    public DecodedText decode(String fileName, byte[] content) throws ImportRejectedException {
        Optional<DecodedText> byBom = ByteOrderMark.decode(content);
        if (byBom.isPresent()) {
            return byBom.get();
        }
        Optional<Charset> declared = HtmlCharsetSniffer.declaredCharset(content);
        boolean declaresUtf8 = declared.filter(StandardCharsets.UTF_8::equals).isPresent();
        Optional<String> utf8 = StrictDecoder.tryDecode(content, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            if (declared.isEmpty() || declaresUtf8 || isAscii(content)) {
                return new DecodedText(utf8.get(), declared.map(Charset::name).orElse("UTF-8"));
            }
            return new DecodedText(utf8.get(), "UTF-8 (the page declares " + declared.get().name() + ")");
        }
        if (declared.isPresent() && !declaresUtf8) {
            Optional<String> text = StrictDecoder.tryDecode(content, declared.get());
            if (text.isPresent()) {
                return new DecodedText(text.get(), declared.get().name() + " (declared)");
            }
        }
        String note = declared.map(charset -> "; the page declares " + charset.name()).orElse("");
        return EncodingDetector.detect(content)
                .map(detected -> new DecodedText(detected.text(), detected.encoding().replace(")", note + ")")))
                .orElseThrow(() -> StrictDecoder.notUtf8(fileName, content));
    }

    private static boolean isAscii(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ExtractedArticle extract(String text) {
        Document page = Jsoup.parse(text);
        HtmlMetadata metadata = HtmlMetadata.of(page);
        HtmlClutterRemover.clean(page);
        Element root = HtmlContentRoot.find(page);
        // When the page does not say where its article is, Readability's scoring beats ours, unless it
        // found much less than the container holding most of the paragraphs.
        Element content = HtmlContentRoot.isMarkedUp(root) ? root : ReadableContent.find(text)
                .filter(found -> root == page.body() || found.text().length() * 2 >= root.text().length())
                .orElse(root);
        ReadingTextBuilder builder = new ReadingTextBuilder();
        HtmlBodyWalker.walk(content, builder, metadata.title());
        return new ExtractedArticle(metadata.title(), metadata.author(), metadata.published(),
                metadata.sourceUrl(), builder.build());
    }
}
