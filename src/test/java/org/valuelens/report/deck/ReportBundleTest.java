package org.valuelens.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report bundles: the same keys in English and Chinese, none empty, and read as UTF-8. */
class ReportBundleTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("/i18n/report.properties");
        Properties zh = load("/i18n/report_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100);
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String resource : new String[] {"/i18n/report.properties", "/i18n/report_zh_CN.properties"}) {
            Properties p = load(resource);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key).strip()).as(resource + " " + key).isNotEmpty();
            }
        }
    }

    @Test
    void chineseBundleHoldsChineseText() throws IOException {
        Properties zh = load("/i18n/report_zh_CN.properties");
        assertThat(zh.getProperty("slide.kpi")).isEqualTo("关键指标");
    }

    @Test
    void workbookSheetNamesFitExcelsLimitOf31Characters() throws IOException {
        for (String resource : new String[] {"/i18n/report.properties", "/i18n/report_zh_CN.properties"}) {
            Properties p = load(resource);
            p.stringPropertyNames().stream().filter(k -> k.startsWith("sheet.")).forEach(k ->
                    assertThat(p.getProperty(k).length()).as(resource + " " + k).isLessThanOrEqualTo(31));
        }
    }
}
