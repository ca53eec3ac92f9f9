package org.glossator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering described in docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.glossator");

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.glossator.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.glossator.anchoring..", "org.glossator.store..",
                        "org.glossator.ingest..", "org.glossator.exchange..", "org.glossator.workspace..",
                        "org.glossator.ui..", "org.glossator.cli..", "org.glossator.app..", "java.sql..",
                        "javafx..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void nothingBelowTheUiUsesJavaFx() {
        noClasses().that().resideInAnyPackage("org.glossator.domain..", "org.glossator.anchoring..",
                        "org.glossator.store..", "org.glossator.ingest..", "org.glossator.exchange..",
                        "org.glossator.workspace..", "org.glossator.cli..", "org.glossator.classroom..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void sqlStaysInsideTheStore() {
        noClasses().that().resideOutsideOfPackage("org.glossator.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCompositionRootAndCliKnowTheSqliteImplementation() {
        noClasses().that().resideOutsideOfPackages("org.glossator.store..", "org.glossator.app..",
                        "org.glossator.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.glossator.store.sqlite..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCompositionRootAndCliKnowThePostgresImplementation() {
        noClasses().that().resideOutsideOfPackages("org.glossator.store..", "org.glossator.app..",
                        "org.glossator.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.glossator.store.postgres..")
                .check(CLASSES);
    }

    @Test
    void theSharedJdbcCodeIsTheStoresOwn() {
        noClasses().that().resideOutsideOfPackage("org.glossator.store..")
                .should().dependOnClassesThat().resideInAPackage("org.glossator.store.jdbc..")
                .check(CLASSES);
    }

    @Test
    void uiDoesNotReachIntoImportersOrFormats() {
        noClasses().that().resideInAPackage("org.glossator.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.glossator.ingest..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void theUiReachesDataOnlyThroughWorkspaceServices() {
        // The store's exceptions carry messages for the user; everything else goes through workspace.
        noClasses().that().resideInAPackage("org.glossator.ui..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("org.glossator.store..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(RuntimeException.class))))
                .check(CLASSES);
    }

    @Test
    void viewModelsAreFreeOfJavaFx() {
        noClasses().that().resideInAPackage("org.glossator.ui.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "org.glossator.ui.annotate..", "org.glossator.ui.main..", "org.glossator.ui.reader..",
                        "org.glossator.ui.corpus..", "org.glossator.ui.common..")
                .check(CLASSES);
    }

    @Test
    void uiSubpackagesHaveNoCycles() {
        slices().matching("org.glossator.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyUiClassLivesInASubpackage() {
        // Classes directly in ui would sit outside the slices the cycle check sees.
        noClasses().should().resideInAPackage("org.glossator.ui").check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.glossator.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
