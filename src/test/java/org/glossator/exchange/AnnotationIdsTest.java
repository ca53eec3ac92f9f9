package org.glossator.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AnnotationIdsTest {

    @Property(tries = 2000)
    void everyIdRoundTripsThroughItsIri(@ForAll("ids") String id) {
        String iri = AnnotationIds.toIri(id);
        assertThat(AnnotationIds.isAbsoluteIri(iri)).as(iri).isTrue();
        assertThat(AnnotationIds.fromIri(iri)).isEqualTo(id);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.create(() -> java.util.UUID.randomUUID().toString()),
                RoundTripProperties.unicode(1, 40),
                Arbitraries.of("urn:uuid:", "URN:UUID:", "urn:glossator:id:", "https://", "acct:", "%41")
                        .flatMap(prefix -> RoundTripProperties.unicode(0, 20).map(rest -> prefix + rest)));
    }

    @Test
    void uuidsBecomeUrnsAndForeignIrisStayVerbatim() {
        String uuid = "7d4f0c2e-9a51-4f8b-b0c3-1e2d3f4a5b6c";
        assertThat(AnnotationIds.toIri(uuid)).isEqualTo("urn:uuid:" + uuid);
        assertThat(AnnotationIds.fromIri("urn:uuid:7D4F0C2E-9A51-4F8B-B0C3-1E2D3F4A5B6C")).isEqualTo(uuid);
        assertThat(AnnotationIds.toIri("https://hypothes.is/a/Jk8Q")).isEqualTo("https://hypothes.is/a/Jk8Q");
        assertThat(AnnotationIds.fromIri("https://hypothes.is/a/Jk8Q")).isEqualTo("https://hypothes.is/a/Jk8Q");
        assertThat(AnnotationIds.toIri("note 1")).isEqualTo("urn:glossator:id:note%201");
        assertThat(AnnotationIds.toIri("urn:uuid:not-a-uuid")).isEqualTo("urn:glossator:id:urn%3Auuid%3Anot-a-uuid");
        assertThat(AnnotationIds.fromIri("urn:uuid:not-a-uuid")).isEqualTo("urn:uuid:not-a-uuid");
    }

    @Test
    void aBadlyEncodedEscapedIdIsRefused() {
        assertThatThrownBy(() -> AnnotationIds.fromIri("urn:glossator:id:%zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnotationIds.fromIri("urn:glossator:id:%C3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not decode to UTF-8 text");
        assertThatThrownBy(() -> AnnotationIds.toIri("")).isInstanceOf(IllegalArgumentException.class);
    }
}
