package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuelens.model.segment.ChurnBand;
import org.valuelens.model.segment.KMeansSegmenter;
import org.valuelens.model.segment.Quadrant;
import org.valuelens.model.segment.RfmSegment;
import org.valuelens.model.segment.ValueTier;

class SegmentTextTest {
    private static final ChartText EN = ChartText.of(Locale.ENGLISH);
    private static final ChartText ZH = ChartText.of(Locale.SIMPLIFIED_CHINESE);

    /** Every segment name the model can produce, with its default action ("" where the model has none). */
    private static Map<String, String> modelSegments() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Quadrant q : Quadrant.values()) {
            all.put(q.label(), q.defaultAction());
        }
        for (ValueTier t : ValueTier.values()) {
            all.put(t.label(), t.defaultAction());
        }
        for (RfmSegment s : RfmSegment.values()) {
            all.put(s.label(), s.defaultAction());
        }
        all.putAll(KMeansSegmenter.at(LocalDate.of(2020, 1, 1), 1).actions());
        for (ChurnBand b : ChurnBand.values()) {
            all.put(b.label(), "");
        }
        return all;
    }

    @Test
    void everyModelSegmentNameIsTranslatedToChineseAndKeptInEnglish() {
        modelSegments().keySet().forEach(name -> {
            assertThat(EN.segmentName(name)).as(name).isEqualTo(name);
            assertThat(ZH.segmentName(name)).as(name).isNotEqualTo(name)
                    .matches(".*[\\u4e00-\\u9fff].*");
        });
    }

    @Test
    void everyDefaultActionIsTranslatedAndTheEnglishBundleMatchesTheModel() {
        modelSegments().forEach((name, action) -> {
            if (!action.isEmpty()) {
                assertThat(EN.segmentAction(name, action)).as(name).isEqualTo(action);
                assertThat(ZH.segmentAction(name, action)).as(name).matches(".*[\\u4e00-\\u9fff].*");
            }
        });
    }

    @Test
    void anEditedActionIsShownAsTheUserWroteIt() {
        assertThat(ZH.segmentAction("Gold", "Call them on Fridays")).isEqualTo("Call them on Fridays");
        assertThat(ZH.segmentAction("Gold", null)).isEmpty();
    }

    @Test
    void numberedKMeansNamesKeepTheirNumber() {
        assertThat(ZH.segmentName("Lapsed regulars (2)")).isEqualTo(ZH.segmentName("Lapsed regulars") + " (2)");
        assertThat(EN.segmentName("Lapsed regulars (2)")).isEqualTo("Lapsed regulars (2)");
    }

    @Test
    void unknownNamesPassThrough() {
        assertThat(ZH.segmentName("My VIPs")).isEqualTo("My VIPs");
    }
}
