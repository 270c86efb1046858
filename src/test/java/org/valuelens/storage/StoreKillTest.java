package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, done-when 3: killing the import process (SIGKILL, no clean-up code runs) at any moment leaves no
 * half-written analysis store. A child JVM ({@link KillableImport}) imports dataset after dataset; it is killed at
 * several moments (while lines are added, while the store is written at commit, just after a commit, between
 * datasets). Afterwards every visible dataset has its whole store and the store holds segments of visible datasets
 * only.
 */
class StoreKillTest {

    @TempDir
    Path dir;

    @Test
    void killingTheImportAtAnyMomentLeavesOnlyWholeStores() throws Exception {
        Path ws = dir.resolve("ws");
        List<Integer> committed = new ArrayList<>();
        // while lines are added (some time after the start), at and just after the start of a commit (while the
        // store segments are written, or the commit flag), and just after a commit (H2 2.5 lost such commits when
        // it wrote them into reused space: docs/decisions/0043-append-only-workspace-file.md)
        String[] triggers = {"started", "started", "committing", "committing", "committing", "committing",
            "committed", "committed", "committed"};
        long[] delays = {400, 1_300, 0, 5, 15, 40, 0, 20, 50};
        for (int k = 0; k < triggers.length; k++) {
            committed.addAll(runAndKill(ws, triggers[k], delays[k]));
            try (Workspace w = Workspace.open(ws)) {
                List<Integer> visible = new ArrayList<>();
                for (DatasetInfo d : w.datasets().list()) {
                    visible.add(d.id());
                    assertThat(w.rows().ensureStore(d.id())).as("store of dataset %d was complete", d.id())
                            .isFalse();
                    long[] lines = {0};
                    w.rows().forEachLine(d.id(), (key, day, amount, cost, channel, ret) -> lines[0]++);
                    assertThat(lines[0]).isEqualTo(KillableImport.LINES);
                    assertThat(w.rows().customerIdsOf(d.id())).hasSize(5_000);
                }
                assertThat(visible).containsAll(committed);
                assertThat(StoreSnapshot.datasets(ws)).containsExactlyElementsOf(visible);
            }
        }
    }

    /** @return the ids the child reported committed before it was killed */
    private static List<Integer> runAndKill(Path ws, String trigger, long delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                KillableImport.class.getName(), ws.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        List<Integer> ids = new ArrayList<>();
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    if (line.startsWith("committed ")) {
                        synchronized (ids) {
                            ids.add(Integer.parseInt(line.substring(10).trim()));
                        }
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        });
        reader.start();
        for (String line = ""; !line.startsWith(trigger); ) {
            line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("the child's output before %s", trigger).isNotNull();
        }
        Thread.sleep(delayMillis);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        synchronized (ids) {
            return new ArrayList<>(ids);
        }
    }
}
