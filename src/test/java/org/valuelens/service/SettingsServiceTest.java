package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;

class SettingsServiceTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesTheDocumentedDefaults() {
        Settings s = new SettingsService(dir.resolve("none.properties")).load();

        assertThat(s.currencySymbol()).isEqualTo("$");
        assertThat(s.defaultTimeUnit()).isEqualTo(TimeUnit.WEEK);
        assertThat(s.annualDiscountRate()).isEqualTo(0.10);
        assertThat(s.margin()).isEqualTo(0.30);
        assertThat(s.theme()).isEqualTo(Theme.LIGHT);
        assertThat(s.language()).isEqualTo(Language.ENGLISH);
        assertThat(s.recentWorkspaces()).isEmpty();
    }

    @Test
    void aNewInstallationStartsInTheSystemsLanguage() {
        String[] keys = {"user.language", "user.script", "user.country"};
        String[] saved = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            saved[i] = System.getProperty(keys[i]);
        }
        try {
            for (String[] system : new String[][] {{"ru", "", "RU"}, {"zh", "", "TW"}, {"zh", "Hans", "CN"},
                    {"de", "", "DE"}}) {
                for (int i = 0; i < keys.length; i++) {
                    System.setProperty(keys[i], system[i]);
                }
                Path none = dir.resolve("none-" + String.join("-", system) + ".properties");
                Language expected = switch (system[0] + system[2]) {
                    case "ruRU" -> Language.RUSSIAN;
                    case "zhTW" -> Language.CHINESE_TRADITIONAL;
                    case "zhCN" -> Language.CHINESE_SIMPLIFIED;
                    default -> Language.ENGLISH;
                };
                assertThat(new SettingsService(none).load().language()).as(String.join("-", system))
                        .isEqualTo(expected);
            }
        } finally {
            for (int i = 0; i < keys.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(keys[i]);
                } else {
                    System.setProperty(keys[i], saved[i]);
                }
            }
        }
    }

    @Test
    void systemLocalesMapToTheirScript() {
        assertThat(Language.forSystemLocale(java.util.Locale.forLanguageTag("zh-HK")))
                .isEqualTo(Language.CHINESE_TRADITIONAL);
        assertThat(Language.forSystemLocale(java.util.Locale.forLanguageTag("zh-Hant-SG")))
                .isEqualTo(Language.CHINESE_TRADITIONAL);
        assertThat(Language.forSystemLocale(java.util.Locale.forLanguageTag("zh-SG")))
                .isEqualTo(Language.CHINESE_SIMPLIFIED);
        assertThat(Language.forSystemLocale(java.util.Locale.forLanguageTag("ru-KZ"))).isEqualTo(Language.RUSSIAN);
        assertThat(Language.forSystemLocale(java.util.Locale.forLanguageTag("en-GB"))).isEqualTo(Language.ENGLISH);
        assertThat(Language.forSystemLocale(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void savedSettingsLoadBackEqualIncludingNonAsciiCurrency() {
        Path file = dir.resolve("sub/dir/settings.properties");
        SettingsService service = new SettingsService(file);
        Settings s = Settings.DEFAULTS.withCurrencySymbol("€").withDefaultTimeUnit(TimeUnit.MONTH)
                .withAnnualDiscountRate(0.125).withMargin(0.45).withTheme(Theme.DARK)
                .withLanguage(Language.CHINESE_SIMPLIFIED)
                .withRecentWorkspaces(List.of(dir.resolve("b"), dir.resolve("工作区")));

        service.save(s);

        assertThat(file).exists();
        assertThat(service.load()).isEqualTo(s);
    }

    @Test
    void fileIsWrittenAsUtf8Text() throws Exception {
        Path file = dir.resolve("settings.properties");
        new SettingsService(file).save(Settings.DEFAULTS.withCurrencySymbol("¥"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("currency.symbol=¥");
    }

    @Test
    void invalidValuesFallBackToDefaultsOneByOne() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "currency.symbol=CHF\ntime.unit=fortnight\ndiscount.rate.annual=abc\n"
                + "margin=1.5\ntheme=purple\nlanguage=zh_CN\n", StandardCharsets.UTF_8);

        Settings s = new SettingsService(file).load();

        assertThat(s.currencySymbol()).isEqualTo("CHF");
        assertThat(s.defaultTimeUnit()).isEqualTo(TimeUnit.WEEK);
        assertThat(s.annualDiscountRate()).isEqualTo(0.10);
        assertThat(s.margin()).isEqualTo(0.30);
        assertThat(s.theme()).isEqualTo(Theme.LIGHT);
        assertThat(s.language()).isEqualTo(Language.CHINESE_SIMPLIFIED);
    }

    @Test
    void defaultFileOnLinuxIsUnderDotConfig() {
        assertThat(SettingsService.defaultFile("/home/ann", "Linux"))
                .isEqualTo(Paths.get("/home/ann", ".config", "valuelens", "settings.properties"));
    }

    @Test
    void defaultFileOnWindowsIsUnderAppDataRoaming() {
        assertThat(SettingsService.defaultFile("/home/ann", "Windows 11"))
                .isEqualTo(Paths.get("/home/ann", "AppData", "Roaming", "ValueLens", "settings.properties"));
    }

    @Test
    void defaultFileOnMacIsUnderApplicationSupport() {
        assertThat(SettingsService.defaultFile("/Users/ann", "Mac OS X"))
                .isEqualTo(Paths.get("/Users/ann", "Library", "Application Support", "ValueLens",
                        "settings.properties"));
    }

    @Test
    void forCurrentUserFollowsTheUserHomeProperty() {
        Path expected = SettingsService.defaultFile(System.getProperty("user.home"), System.getProperty("os.name"));

        assertThat(SettingsService.forCurrentUser().file()).isEqualTo(expected);
    }
}
