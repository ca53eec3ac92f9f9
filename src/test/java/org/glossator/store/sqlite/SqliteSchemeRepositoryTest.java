package org.glossator.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glossator.domain.AnnotationType;
import org.glossator.domain.TypeKind;
import org.glossator.store.SchemeRuleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSchemeRepositoryTest {
    @TempDir
    Path dir;
    SqliteStore store;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("g.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AnnotationType loaded() {
        return new AnnotationType("loaded-language", "Loaded language", "#CC79A7", 3, TypeKind.GENERIC, false);
    }

    @Test
    void userTypesCanBeAddedRenamedRecolouredAndReordered() {
        store.scheme().save(loaded());
        store.scheme().save(loaded().withLabel("Loaded words").withColor("#F0E442"));
        store.scheme().reorder(List.of("loaded-language", "claim", "quote", "source"));
        List<AnnotationType> types = store.scheme().types();
        assertThat(types).extracting(AnnotationType::key)
                .containsExactly("loaded-language", "claim", "quote", "source");
        assertThat(types.get(0).label()).isEqualTo("Loaded words");
        assertThat(types.get(0).color()).isEqualTo("#F0E442");
    }

    @Test
    void aTypeInUseCannotBeDeletedAndSaysHowManyUseIt() {
        store.scheme().save(loaded());
        long id = store.articles().add(StoreFixtures.draft("T", "some loaded words")).id();
        store.annotations().save(StoreFixtures.annotation(id, "loaded-language", 5, 11, "loaded"));
        assertThatThrownBy(() -> store.scheme().delete("loaded-language"))
                .isInstanceOf(SchemeRuleException.class)
                .hasMessageContaining("used by 1 annotation");
        assertThat(store.scheme().find("loaded-language")).isPresent();
    }

    @Test
    void anUnusedUserTypeCanBeDeletedButABuiltInCannot() {
        store.scheme().save(loaded());
        store.scheme().delete("loaded-language");
        assertThat(store.scheme().find("loaded-language")).isEmpty();
        assertThatThrownBy(() -> store.scheme().delete("claim")).hasMessageContaining("built in");
    }

    @Test
    void kindOfATypeInUseCannotChange() {
        store.scheme().save(loaded());
        long id = store.articles().add(StoreFixtures.draft("T", "some loaded words")).id();
        store.annotations().save(StoreFixtures.annotation(id, "loaded-language", 5, 11, "loaded"));
        AnnotationType asClaim = new AnnotationType("loaded-language", "Loaded", "#CC79A7", 3, TypeKind.CLAIM, false);
        assertThatThrownBy(() -> store.scheme().save(asClaim)).isInstanceOf(SchemeRuleException.class);
        assertThat(store.scheme().find("loaded-language").orElseThrow().kind()).isEqualTo(TypeKind.GENERIC);
    }
}
