package org.valuelens.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An empty workspace database made by Flyway when the application is built, so that a new workspace starts as a
 * copy of it instead of running every migration again: creating the schema through Flyway cost about 1 s of CPU in
 * each fresh process, most of it loading and compiling Flyway itself (docs/decisions/0041-import-speed.md).
 *
 * <p>Flyway stays the schema's owner: the template is Flyway's own result, history table included, and opening a
 * copy still asks {@link SchemaCheck} whether every migration on the class path is applied, so a template older
 * than the migrations is migrated on as any older workspace. Without the resource (a build that skipped the step)
 * a new workspace is made by Flyway as before.
 *
 * <p>{@link #main} writes the resource; the build runs it at {@code process-classes} (see pom.xml).
 */
public final class WorkspaceTemplate {

    /** The class-path resource holding the template database file. */
    static final String RESOURCE = "db/template/" + Workspace.FILE_NAME;

    private WorkspaceTemplate() {
    }

    /**
     * Copies the template to a workspace's database file when it does not exist yet.
     *
     * @param databaseFile the workspace's {@code .mv.db} file
     * @return whether the template was copied (false: no template, or the file appeared meanwhile)
     * @throws IOException when the copy cannot be written (nothing is then left at {@code databaseFile})
     */
    static boolean copyTo(Path databaseFile) throws IOException {
        try (InputStream in = WorkspaceTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            Path part = Files.createTempFile(databaseFile.getParent(), "template", ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                try {
                    // a link is made whole or not at all, and never replaces a file (a rename would)
                    Files.createLink(databaseFile, part);
                } catch (FileAlreadyExistsException e) {
                    return false;
                } catch (IOException | UnsupportedOperationException e) {
                    // a file system without hard links (FAT): a rename that refuses to replace a file
                    Files.move(part, databaseFile);
                }
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }

    /**
     * Writes the template: a workspace created by Flyway alone, closed, its database file copied to the output.
     *
     * @param args the output folder of the class-path resources (e.g. {@code target/classes})
     * @throws Exception when the workspace cannot be made or the file written
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Path dir = Files.createTempDirectory("valuelens-template");
        try {
            Workspace.open(dir, false).close();
            Files.createDirectories(out.getParent());
            Files.copy(dir.resolve(Workspace.FILE_NAME), out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
