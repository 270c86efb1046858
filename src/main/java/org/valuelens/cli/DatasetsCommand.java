package org.valuelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.service.DatasetDetails;
import org.valuelens.service.ServiceException;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code datasets}: lists, renames or deletes the datasets of a workspace. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the workspace's datasets (id, name, rows, customers, first and last date, imported "
                + "when), or rename or delete one. The analysis commands take --dataset ID.")
final class DatasetsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "Workspace folder (default: ${DEFAULT-VALUE}).")
    Path db = WorkspaceService.defaultDirectory();

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @ArgGroup(exclusive = true)
    Change change;

    /** At most one change per call. */
    static final class Change {
        @Option(names = "--rename", arity = "2", paramLabel = "ID NAME",
                description = "Give dataset ID the display NAME (\"\" goes back to the file name).")
        List<String> rename;

        @Option(names = "--delete", paramLabel = "ID",
                description = "Delete dataset ID with all its rows and saved settings.")
        Integer delete;
    }

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            String done = null;
            if (change != null && change.rename != null) {
                int id = id(change.rename.get(0));
                DatasetDetails d = ws.renameDataset(id, change.rename.get(1));
                done = "Dataset " + id + " is now called " + d.name() + ".";
            } else if (change != null && change.delete != null) {
                if (!ws.deleteDataset(change.delete)) {
                    throw new ServiceException("There is no dataset " + change.delete + " in " + db + ".");
                }
                done = "Deleted dataset " + change.delete + ".";
            }
            List<DatasetDetails> all = ws.listDatasets();
            Integer active = ws.activeDataset().map(DatasetDetails::id).orElse(null);
            if (json) {
                Map<String, Object> o = Json.object();
                List<Map<String, Object>> rows = new ArrayList<>();
                for (DatasetDetails d : all) {
                    Map<String, Object> m = Json.object();
                    m.put("id", d.id());
                    m.put("name", d.name());
                    m.put("file", d.fileName());
                    m.put("rows", d.rowsImported());
                    m.put("customers", d.customers());
                    m.put("firstDate", d.firstDate() == null ? null : d.firstDate().toLocalDate().toString());
                    m.put("lastDate", d.lastDate() == null ? null : d.lastDate().toLocalDate().toString());
                    m.put("importedAt", d.importedAt().toString());
                    m.put("active", Integer.valueOf(d.id()).equals(active));
                    rows.add(m);
                }
                o.put("datasets", rows);
                if (done != null) {
                    o.put("message", done);
                }
                pw.println(Json.write(o));
            } else {
                if (done != null) {
                    pw.println(done);
                }
                pw.printf("  %4s  %-32s %10s %9s  %-10s %-10s  %s%n", "id", "name", "rows", "customers", "first",
                        "last", "imported");
                for (DatasetDetails d : all) {
                    pw.printf("%s %4d  %-32s %10d %9d  %-10s %-10s  %s%n",
                            Integer.valueOf(d.id()).equals(active) ? "*" : " ", d.id(), d.name(), d.rowsImported(),
                            d.customers(), d.firstDate() == null ? "" : d.firstDate().toLocalDate(),
                            d.lastDate() == null ? "" : d.lastDate().toLocalDate(), d.importedAt());
                }
                if (all.isEmpty()) {
                    pw.println("  (no datasets: import a file first)");
                }
            }
            pw.flush();
            return 0;
        }
    }

    private static int id(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ServiceException("--rename needs a dataset id (a number from the list), not '" + text + "'.");
        }
    }
}
