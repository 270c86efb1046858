package org.valuelens.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ReportRequest;

/** Records calls; opens a workspace named after the argument, or throws {@link #failWith} when set. */
class FakeWorkspaceActions implements WorkspaceActions {

    final List<String> calls = new ArrayList<>();
    final Path workspaceRoot;
    RuntimeException failWith;

    FakeWorkspaceActions(Path workspaceRoot) {
        this.workspaceRoot = workspaceRoot;
    }

    private OpenedWorkspace result(String call, Path ws, String name, ProgressListener p) {
        calls.add(call);
        if (failWith != null) {
            throw failWith;
        }
        p.progress(1, 1, call);
        return new OpenedWorkspace(ws, name);
    }

    @Override
    public OpenedWorkspace openSample(ProgressListener progress) {
        return result("openSample", workspaceRoot.resolve("sample"), "CDNOW sample", progress);
    }

    @Override
    public OpenedWorkspace importFile(Path file, ProgressListener progress) {
        return result("importFile " + file.getFileName(), workspaceRoot.resolve("imported"),
                file.getFileName().toString(), progress);
    }

    @Override
    public OpenedWorkspace openWorkspace(Path workspace, ProgressListener progress) {
        return result("openWorkspace " + workspace.getFileName(), workspace, "data in " + workspace.getFileName(),
                progress);
    }

    @Override
    public Path export(Path folder, ReportRequest request, ProgressListener progress) {
        calls.add("export " + folder.getFileName() + " " + request.locale().toLanguageTag());
        if (failWith != null) {
            throw failWith;
        }
        return folder.resolve("valuelens-report.pptx");
    }
}
