package org.valuelens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Spark job's arrow (docs/decisions/0029-spark-job.md): it applies the importer's rules and the model's
 * summary, and knows nothing of the workspace, the services or the UI. Its classes are test classes in the default
 * build (src/spark/java, compiled with Spark in test scope), so tests are imported here, and the tests of the
 * package are left out of the rule.
 */
@AnalyzeClasses(packages = "org.valuelens.spark")
class SparkArchitectureTest {

    @ArchTest
    static final ArchRule sparkJobUsesOnlyModelAndImporter = noClasses().that()
            .resideInAPackage("org.valuelens.spark").and().haveNameNotMatching(".*(Test|Csv)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.valuelens.storage..", "org.valuelens.report..",
                    "org.valuelens.service..", "org.valuelens.cli..", "org.valuelens.gui..", "javafx..",
                    "org.h2..", "com.fasterxml..", "picocli..")
            .because("the job runs on cluster workers with only Spark, the model and the importer on the class path");
}
