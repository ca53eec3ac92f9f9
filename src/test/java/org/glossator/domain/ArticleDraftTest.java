package org.glossator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleDraftTest {
    /** Before, the reader's header showed "002_b38d2c11991dba8b.tx" over a lone "t": one long word wrapped anywhere. */
    @Test
    void aFileWithoutATitleIsCalledByItsNameWithoutExtensionAndWithSpacesForUnderscores() {
        assertThat(ArticleDraft.fallbackTitle("002_b38d2c11991dba8b.txt")).isEqualTo("002 b38d2c11991dba8b");
        assertThat(ArticleDraft.fallbackTitle("interview_notes_2024.md")).isEqualTo("interview notes 2024");
        assertThat(ArticleDraft.fallbackTitle("report.v2.html")).isEqualTo("report.v2");
        assertThat(ArticleDraft.fallbackTitle("run-on.txt")).isEqualTo("run-on");
        assertThat(ArticleDraft.fallbackTitle(".txt")).isEqualTo(".txt");
        assertThat(ArticleDraft.fallbackTitle("___.txt")).isEqualTo("___.txt");
        assertThat(ArticleDraft.fallbackTitle(null)).isEqualTo("Untitled");

        ArticleDraft draft = new ArticleDraft(null, null, null, null, "my_notes.txt", "Some text.", null);
        assertThat(draft.title()).isEqualTo("my notes");
        assertThat(draft.fileName()).isEqualTo("my_notes.txt");
    }
}
