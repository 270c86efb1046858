package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both resource bundles are complete, non-empty, UTF-8 and usable. */
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
}
