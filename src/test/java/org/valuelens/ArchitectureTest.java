package org.valuelens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package arrows of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "org.valuelens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPure = noClasses().that().resideInAPackage("org.valuelens.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.valuelens.importer..", "org.valuelens.storage..", "org.valuelens.report..",
                    "org.valuelens.service..", "org.valuelens.cli..", "org.valuelens.gui..",
                    "javafx..", "java.sql..", "javax.sql..", "org.apache.poi..", "java.awt..", "javax.swing..",
                    "org.h2..", "org.jfree..", "picocli..", "com.fasterxml..")
            .because("the model is pure Java and maths: every other layer builds on it");

    @ArchTest
    static final ArchRule importerStandsAlone = noClasses().that().resideInAPackage("org.valuelens.importer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.valuelens.storage..", "org.valuelens.report..",
                    "org.valuelens.service..", "org.valuelens.cli..", "org.valuelens.gui..", "javafx..")
            .because("the importer turns sources into rows and knows no workspace or UI");

    @ArchTest
    static final ArchRule onlyTheDatabaseSourceUsesJdbc = noClasses().that()
            .resideInAPackage("org.valuelens.importer..").and().resideOutsideOfPackage("org.valuelens.importer.jdbc")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("files are read without JDBC; only the database source (importer.jdbc, ADR 0027) reads a"
                    + " source database, never the workspace");

    @ArchTest
    static final ArchRule storageStandsAlone = noClasses().that().resideInAPackage("org.valuelens.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.valuelens.importer..",
                    "org.valuelens.report..", "org.valuelens.service..", "org.valuelens.cli..",
                    "org.valuelens.gui..", "javafx..", "org.apache.poi..")
            .because("storage persists model records and knows no file formats or UI");

    @ArchTest
    static final ArchRule reportStandsAlone = noClasses().that().resideInAPackage("org.valuelens.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.valuelens.importer..",
                    "org.valuelens.storage..", "org.valuelens.service..", "org.valuelens.cli..",
                    "org.valuelens.gui..", "javafx..", "java.sql..")
            .because("charts and exports are built from model records without JavaFX, so the CLI can use them");

    @ArchTest
    static final ArchRule serviceHasNoUi = noClasses().that().resideInAPackage("org.valuelens.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.valuelens.cli..", "org.valuelens.gui..",
                    "javafx..")
            .because("services are synchronous and shared by the CLI and the GUI");

    @ArchTest
    static final ArchRule cliIsThin = noClasses().that().resideInAPackage("org.valuelens.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.valuelens.storage..",
                    "org.valuelens.importer..", "org.valuelens.gui..", "javafx..", "java.sql..")
            .because("CLI commands are thin adapters over the services");

    @ArchTest
    static final ArchRule guiGoesThroughServices = noClasses().that().resideInAPackage("org.valuelens.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.valuelens.storage..",
                    "org.valuelens.importer..", "org.valuelens.cli..", "java.sql..")
            .because("view models reach data only through services");

    @ArchTest
    static final ArchRule viewModelsKnowNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("view models hold state and commands; only views build scene graphs");
}
