package org.valuelens.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.importer.LargeWorkbookWriter;

/**
 * The memory bound of an Excel import (issue 15 item 5, ADR 0037), in child JVMs so that the heap limit is the
 * one under test: a generated 300,000-row Online-Retail-shaped .xlsx is imported by the jar's own command line
 * <ul>
 *   <li>in a tight heap ({@value #TIGHT_HEAP}): the rows stream from the sheet into the store; before the store's
 *       columns grew by doubling, every column took a whole 4-8 MB block at once and this import ran out of
 *       heap;</li>
 *   <li>with the options the installers and the README start the app with: its peak resident memory stays under
 *       1 GB (Linux, where /proc tells it).</li>
 * </ul>
 * Not timed: the machines that run it are too busy for that.
 */
class XlsxImportMemoryTest {

    /** The app's JVM options, as installer/lib.sh, installer/windows/build.ps1 and the README give them. */
    static final List<String> APP_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx2g");
    /** A heap in which an import that kept a block per column (or the sheet) in memory runs out. */
    static final String TIGHT_HEAP = "-Xmx96m";
    private static final int ROWS = 300_000;
    private static final long ONE_GB_KB = 1024L * 1024;

    @TempDir
    static Path dir;
    private static Path workbook;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        workbook = dir.resolve("online-retail-300k.xlsx");
        LargeWorkbookWriter.write(workbook, ROWS, 42);
    }

    @Test
    void theImportStreamsIntoATightHeap() throws Exception {
        Child child = importInChild("tight", List.of("-XX:+UseSerialGC", TIGHT_HEAP));

        assertThat(child.exit).as("exit code; output:%n%s", child.output).isZero();
        assertThat(child.output).contains("\"rowsRead\":" + ROWS)
                .contains("\"rowsImported\":" + LargeWorkbookWriter.rowsWithCustomer(ROWS));
    }

    @Test
    void withTheAppsOptionsThePeakResidentMemoryStaysUnderOneGigabyte() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "peak resident memory is read from /proc");
        Child child = importInChild("app", APP_OPTIONS);

        assertThat(child.exit).as("exit code; output:%n%s", child.output).isZero();
        assertThat(child.value("maxHeapMb")).as("the -Xmx of the app options applies").isLessThanOrEqualTo(2048);
        assertThat(child.value("peakResidentKb")).isPositive().isLessThan(ONE_GB_KB);
    }

    @Test
    void theInstallersAndTheReadmeStartTheAppWithTheseOptions() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        String linux = Files.readString(root.resolve("installer/lib.sh"));
        String windows = Files.readString(root.resolve("installer/windows/build.ps1"));
        String readme = Files.readString(root.resolve("README.md"));
        for (String option : APP_OPTIONS) {
            assertThat(linux).contains("--java-options \"" + option + "\"");
            assertThat(windows).contains("'--java-options', '" + option + "'");
        }
        assertThat(readme).contains("java " + String.join(" ", APP_OPTIONS) + " -jar target/valuelens.jar");
    }

    private record Child(int exit, String output) {
        long value(String key) {
            for (String line : output.split("\\R")) {
                if (line.startsWith(key + "=")) {
                    return Long.parseLong(line.substring(key.length() + 1).trim());
                }
            }
            throw new AssertionError(key + " missing from the child's output:\n" + output);
        }
    }

    private static Child importInChild(String name, List<String> options) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportMemoryProbe.class.getName(),
                "import", workbook.toString(), "--db", dir.resolve("ws-" + name).toString(), "--json"));
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the import did not end in 10 minutes");
        }
        return new Child(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
