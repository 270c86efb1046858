package org.valuelens.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import org.valuelens.Main;

/**
 * The child process of {@link XlsxImportMemoryTest}: runs one command line through the jar's own {@link Main}, and
 * when it exits prints the process's peak resident memory ({@code VmHWM} of /proc/self/status, Linux; -1
 * elsewhere) and its heap limit.
 */
public final class ImportMemoryProbe {
    private ImportMemoryProbe() {
    }

    /**
     * @param args the command line, e.g. {@code import FILE --db DIR --json}
     */
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("peakResidentKb=" + peakResidentKb());
            System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }));
        Main.main(args);
    }

    /** @return VmHWM in kB, -1 without /proc */
    static long peakResidentKb() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
