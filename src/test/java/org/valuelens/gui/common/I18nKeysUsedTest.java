package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every string literal in the GUI sources that looks like a bundle key (a dotted name whose first part is a key
 * prefix of the bundle, e.g. "menu.file" or "page.clv.empty") exists in the bundle. The GUI never builds keys by
 * concatenation, so this finds every key a view can use.
 */
class I18nKeysUsedTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void everyKeyLiteralInTheGuiSourcesIsInTheBundle() throws IOException {
        Properties en = I18nBundleTest.load("/i18n/messages.properties");
        Set<String> prefixes = en.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        Path root = Paths.get("src/main/java/org/valuelens/gui");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String lit = m.group(1);
                    if (prefixes.stream().anyMatch(lit::startsWith) && !lit.startsWith("i18n.")) {
                        used.add(lit);
                    }
                }
            }
        }

        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }
}
