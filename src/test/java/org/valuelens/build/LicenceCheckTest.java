package org.valuelens.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The licence check on a fake dependency tree: a fake local Maven repository of POMs and a fake
 * {@code dependency:list} output, so the test knows exactly which licences it contains.
 */
class LicenceCheckTest {

    @TempDir
    Path repo;

    private void pom(String group, String artifact, String version, String body) throws IOException {
        Path dir = repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(artifact + "-" + version + ".pom"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
                %s
                </project>
                """.formatted(group, artifact, version, body));
    }

    private static String licence(String name, String url) {
        return "<license><name>" + name + "</name><url>" + url + "</url></license>";
    }

    private static String licences(String... licence) {
        return "<licenses>" + String.join("", licence) + "</licenses>";
    }

    private Path tree(String... coords) throws IOException {
        StringBuilder s = new StringBuilder("\nThe following files have been resolved:\n");
        for (String c : coords) {
            s.append("   ").append(c).append(" -- module x\n");
        }
        return Files.writeString(repo.resolve("deps.txt"), s);
    }

    /** An allowed tree: Apache, MIT via a parent POM, OpenJFX's GPLv2+CE, and a library dual-licensed GPL/MPL. */
    private void allowedLibraries() throws IOException {
        pom("org.example", "apache-lib", "1.0", licences(licence("The Apache Software License, Version 2.0",
                "https://www.apache.org/licenses/LICENSE-2.0.txt")));
        pom("org.example", "parent", "3", licences(licence("MIT License", "https://opensource.org/licenses/MIT")));
        pom("org.example", "child", "2.1", "<parent><groupId>org.example</groupId><artifactId>parent</artifactId>"
                + "<version>3</version></parent>");
        pom("org.openjfx", "javafx-base", "21.0.12", licences(licence("GPLv2+CE",
                "https://openjdk.java.net/legal/gplv2+ce.html")));
        pom("org.example", "dual", "2.5", licences(licence("GENERAL PUBLIC LICENSE, version 3 (GPL-3.0)",
                "http://www.gnu.org/licenses/gpl.txt"), licence("Mozilla Public License Version 1.1",
                "https://www.mozilla.org/en-US/MPL/1.1/")));
    }

    private static final String[] ALLOWED_TREE = {"org.example:apache-lib:jar:1.0:compile",
        "org.example:child:jar:2.1:runtime", "org.openjfx:javafx-base:jar:21.0.12:compile",
        "org.openjfx:javafx-base:jar:linux:21.0.12:compile", "org.example:dual:jar:2.5:compile",
        "org.junit:junit:jar:5.0:test"};

    @Test
    void anAllowedTreePassesAndItsAboutListNamesEveryLibraryOnce(@TempDir Path out) throws Exception {
        allowedLibraries();
        Path about = out.resolve("licences.txt");

        LicenceCheck.main(new String[] {tree(ALLOWED_TREE).toString(), repo.toString(), about.toString(), "--write"});
        LicenceCheck.main(new String[] {tree(ALLOWED_TREE).toString(), repo.toString(), about.toString()});

        List<String> rows = Files.readAllLines(about).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(rows).containsExactly(
                "org.example:apache-lib\t1.0\tThe Apache Software License, Version 2.0\t"
                        + "https://www.apache.org/licenses/LICENSE-2.0.txt",
                "org.example:child\t2.1\tMIT License\thttps://opensource.org/licenses/MIT",
                "org.example:dual\t2.5\tGENERAL PUBLIC LICENSE, version 3 (GPL-3.0) OR Mozilla Public License "
                        + "Version 1.1\thttp://www.gnu.org/licenses/gpl.txt https://www.mozilla.org/en-US/MPL/1.1/",
                "org.openjfx:javafx-base\t21.0.12\tGPLv2+CE\thttps://openjdk.java.net/legal/gplv2+ce.html",
                "OpenJDK runtime (bundled by the installers only)\t17\tGNU General Public License, version 2, "
                        + "with the Classpath Exception\thttps://openjdk.org/legal/gplv2+ce.html");
    }

    @Test
    void aGpl3OnlyLibraryFailsTheCheckNamingItAndItsLicence() throws Exception {
        allowedLibraries();
        pom("org.jfree", "org.jfree.svg", "5.0.7", licences(licence("GNU General Public License (GPL)",
                "http://www.gnu.org/licenses/gpl.txt")));
        String[] tree = java.util.stream.Stream.concat(java.util.Arrays.stream(ALLOWED_TREE),
                java.util.stream.Stream.of("org.jfree:org.jfree.svg:jar:5.0.7:compile")).toArray(String[]::new);
        Path deps = tree(tree);

        assertThatThrownBy(() -> LicenceCheck.main(new String[] {deps.toString(), repo.toString(),
                repo.resolve("about.txt").toString()}))
                .hasMessage("Licence check failed: org.jfree:org.jfree.svg 5.0.7 is licensed under \"GNU General "
                        + "Public License (GPL)\" (GPL), which is not on the allow-list (GPL-2.0 with Classpath "
                        + "Exception, LGPL, Apache-2.0, MIT, BSD, EPL, MPL). Replace the library, or extend the "
                        + "allow-list in LicencePolicy if its licence is compatible with Apache-2.0 "
                        + "(docs/decisions/0010-licence.md).");
    }

    @Test
    void aLibraryWithoutAnyLicenceOrWithAnUnknownOneFails() throws Exception {
        pom("org.example", "bare", "1", "");
        pom("org.example", "odd", "1", licences(licence("Some Custom Licence", "https://example.org/l")));

        List<LicenceCheck.Row> rows = new LicenceCheck(new PomLicences(repo)).rows(LicenceCheck.parse(List.of(
                "org.example:bare:jar:1:compile", "org.example:odd:jar:1:runtime")));

        assertThat(LicenceCheck.problems(rows)).containsExactly(
                "org.example:bare 1 declares no licence in its POM or its parent POMs.",
                "org.example:odd 1 is licensed under \"Some Custom Licence\" (not recognised), which is not on the "
                        + "allow-list (" + LicencePolicy.allowList() + ").");
    }

    @Test
    void aMissingPomIsAnErrorNotAPass() {
        LicenceCheck check = new LicenceCheck(new PomLicences(repo));

        assertThatThrownBy(() -> check.rows(List.of(new LicenceCheck.Dependency("org.example", "gone", "1"))))
                .isInstanceOf(IOException.class).hasMessageContaining("gone-1.pom");
    }

    /** Licence names as the bundled libraries' POMs spell them (see about/third-party-licenses.txt). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The Apache Software License, Version 2.0 | https://www.apache.org/licenses/LICENSE-2.0.txt | Apache-2.0
            Apache-2.0 |  | Apache-2.0
            Apache License, Version 2.0 | https://github.com/flyway/flyway/blob/main/README.txt | Apache-2.0
            MIT | https://opensource.org/license/mit | MIT
            BSD License | http://opensource.org/licenses/BSD-3-Clause | BSD
            The 3-Clause BSD License |  | BSD
            MPL 2.0 | https://www.mozilla.org/en-US/MPL/2.0/ | MPL
            EPL 1.0 | https://opensource.org/licenses/eclipse-1.0.php | EPL
            Eclipse Distribution License - v 1.0 |  | BSD
            GNU Lesser General Public Licence | http://www.gnu.org/licenses/lgpl.txt | LGPL
            GPLv2+CE | https://openjdk.java.net/legal/gplv2+ce.html | GPL-2.0 with Classpath Exception
            GNU General Public License, version 2 with the GNU Classpath Exception |  | GPL-2.0 with Classpath Exception
            GNU General Public License (GPL) | http://www.gnu.org/licenses/gpl.txt | GPL
            GENERAL PUBLIC LICENSE, version 3 (GPL-3.0) |  | GPL
            GNU Affero General Public License v3 |  | AGPL
            Licence | https://www.apache.org/licenses/LICENSE-2.0 | Apache-2.0
            """)
    void licenceNamesAreRecognised(String name, String url, String family) {
        assertThat(LicencePolicy.family(name, url)).contains(family);
        assertThat(LicencePolicy.allowed(name, url)).isEqualTo(!family.equals("GPL") && !family.equals("AGPL"));
    }
}
