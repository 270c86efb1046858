package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.valuelens.service.Language;

/**
 * Every resource bundle family in {@code i18n/} (messages, charts, report, …) is complete in every offered language,
 * non-empty, UTF-8 and usable.
 */
class I18nBundleTest {

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    @Test
    void englishAndChineseBundlesHaveExactlyTheSameKeys() throws IOException {
        Properties en = load("/i18n/messages.properties");
        Properties zh = load("/i18n/messages_zh_CN.properties");

        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void noBundleHasAnEmptyValue() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_zh_CN.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key).strip()).as(bundle + " " + key).isNotEmpty();
            }
        }
    }

    @Test
    void chineseBundleIsReadAsUtf8ThroughResourceBundle() {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.get("menu.file")).isEqualTo("文件");
    }

    @Test
    void englishLocaleGetsTheBaseBundleWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new I18n(Locale.ENGLISH).get("menu.file")).isEqualTo("File");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyTextIsAValidMessageFormatPattern() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_zh_CN.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String formatted = new MessageFormat(p.getProperty(key)).format(new Object[] {"X"});
                assertThat(formatted).as(bundle + " " + key).doesNotContain("{0}");
            }
        }
    }

    @Test
    void missingKeyIsShownMarkedInsteadOfFailing() {
        assertThat(new I18n(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    /**
     * @return the base names of every bundle family in {@code i18n/} ("messages", "charts", "report", …): each
     *         {@code X.properties} without a language suffix
     */
    static List<String> families() throws IOException, URISyntaxException {
        URL url = I18nBundleTest.class.getResource("/i18n/messages.properties");
        assertThat(url).isNotNull();
        Path folder = Paths.get(url.toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).filter(n -> !n.contains("_"))
                    .sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theGuiAndChartBundleFamiliesAreFound() throws Exception {
        assertThat(families()).contains("messages", "charts");
    }

    @Test
    void everyOfferedLanguageHasEveryBundleFamilyWithExactlyTheEnglishKeys() throws Exception {
        for (String family : families()) {
            Properties en = load("/i18n/" + family + ".properties");
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                String resource = "/i18n/" + family + "_" + language.locale() + ".properties";
                Properties translated = load(resource);
                assertThat(translated.stringPropertyNames()).as(resource)
                        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            }
        }
    }

    @Test
    void noBundleOfAnyFamilyHasAnEmptyOrBrokenText() throws Exception {
        for (String family : families()) {
            for (Language language : Language.values()) {
                String resource = "/i18n/" + family + (language == Language.ENGLISH ? "" : "_" + language.locale())
                        + ".properties";
                Properties p = load(resource);
                for (String key : p.stringPropertyNames()) {
                    String text = p.getProperty(key);
                    assertThat(text.strip()).as(resource + " " + key).isNotEmpty();
                    String formatted = new MessageFormat(text).format(new Object[] {"X", "Y", "Z", "W"});
                    assertThat(formatted).as(resource + " " + key).doesNotContain("{0}");
                }
            }
        }
    }

    @Test
    void placeholdersOfEveryTranslationMatchTheEnglishOnes() throws Exception {
        Pattern arg = Pattern.compile("\\{(\\d+)");
        for (String family : families()) {
            Properties en = load("/i18n/" + family + ".properties");
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                String resource = "/i18n/" + family + "_" + language.locale() + ".properties";
                Properties translated = load(resource);
                for (String key : en.stringPropertyNames()) {
                    assertThat(arguments(arg, translated.getProperty(key, ""))).as(resource + " " + key)
                            .isEqualTo(arguments(arg, en.getProperty(key)));
                }
            }
        }
    }

    private static Set<String> arguments(Pattern arg, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = arg.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
