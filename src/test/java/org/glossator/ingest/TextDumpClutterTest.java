package org.glossator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.glossator.ingest.ClutterProposal.Reason;
import org.junit.jupiter.api.Test;

/** Guard cases: article text that resembles clutter must not be proposed. */
class TextDumpClutterTest {
    @Test
    void titleCaseSectionHeadingIsNotAMenuButASectionListIs() {
        String text = "Long Term Shifts Towards Shared Harbour Funding\n"
                + "Harbour Business Culture Gear Ideas Science Travel Shop\n"
                + "The board has argued about funding for years, and the argument is not over yet.";

        assertThat(TextDumpClutter.propose(text)).extracting(ClutterProposal::paragraph).containsExactly(1);
    }

    @Test
    void longParagraphsAboutNewslettersOrPhotosAreArticleText() {
        String text = "The newsletter the council sends to residents each month was cut last year, and the photo"
                + " credits in it were never paid, said the printers who produced it.\n"
                + "Photo: the old pier at dawn\n"
                + "Subscribe";

        List<ClutterProposal> proposals = TextDumpClutter.propose(text);

        assertThat(proposals).extracting(ClutterProposal::reason).containsExactly(Reason.CREDIT, Reason.NEWSLETTER);
    }

    @Test
    void repeatedShortLinesAreProposedButRepeatedSentencesAreNot() {
        String text = "Top stories\nThe pier reopens in May.\nBody paragraph here, long enough to read.\n"
                + "Top stories\nThe pier reopens in May.";

        assertThat(TextDumpClutter.propose(text)).extracting(ClutterProposal::paragraph).containsExactly(0, 3);
    }

    @Test
    void noTitleIsProposedFromASectionHeadingAfterTheBodyStarted() {
        String text = "The harbour board met on Tuesday and agreed to keep the night ferry running all winter.\n"
                + "What the Crews Said\nBy Maren Holt";

        MetadataProposal proposal = TextDumpClutter.proposeMetadata(text);

        assertThat(proposal.title()).isNull();
        assertThat(proposal.author()).isEqualTo("Maren Holt");
    }

    @Test
    void withoutRemovesExactlyTheGivenParagraphs() {
        assertThat(TextDumpClutter.without("a\nb\nc\nd", List.of(1, 3))).isEqualTo("a\nc");
    }
}
