package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DividerStoreTest {
    @TempDir
    Path dir;

    @Test
    void positionsWrittenAreReadBackByName() {
        DividerStore store = new DividerStore(dir.resolve("sub").resolve("dividers.properties"));
        Map<String, double[]> in = new TreeMap<>();
        in.put("CLV.0", new double[] {0.3});
        in.put("SEGMENTS.1", new double[] {0.25, 0.75});
        store.save(in);

        Map<String, double[]> out = store.load();

        assertThat(out).containsOnlyKeys("CLV.0", "SEGMENTS.1");
        assertThat(out.get("CLV.0")).containsExactly(0.3);
        assertThat(out.get("SEGMENTS.1")).containsExactly(0.25, 0.75);
    }

    @Test
    void damagedOrOutOfRangeEntriesAreLeftOutAndAMissingFileIsEmpty() throws IOException {
        Path file = dir.resolve("dividers.properties");
        assertThat(new DividerStore(file).load()).isEmpty();
        Files.writeString(file, "CLV.0=0.4\nCOHORTS.0=abc\nCHANNELS.0=1.5\nPRODUCTS.0=\n");

        assertThat(new DividerStore(file).load()).containsOnlyKeys("CLV.0");
    }

    @Test
    void theStoreLivesBesideTheSettingsFile() {
        SettingsService settings = new SettingsService(dir.resolve("cfg").resolve("settings.properties"));

        assertThat(DividerStore.besideSettings(settings).file())
                .isEqualTo(dir.resolve("cfg").resolve("dividers.properties").toAbsolutePath());
    }
}
