package org.valuelens.model.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringDictionaryTest {

    @Test
    void codesAreDenseInFirstAppearanceOrderAndSurviveRehashing() {
        StringDictionary d = new StringDictionary();
        for (int i = 0; i < 100_000; i++) {
            assertThat(d.encode("id" + i)).isEqualTo(i);
        }
        for (int i = 99_999; i >= 0; i -= 7) {
            assertThat(d.encode(new String("id" + i))).isEqualTo(i); // equal, not identical, strings
        }
        assertThat(d.size()).isEqualTo(100_000);
        assertThat(d.get(12_345)).isEqualTo("id12345");
    }

    @Test
    void collidingHashesAreKeptApart() {
        StringDictionary d = new StringDictionary();
        // "Aa" and "BB" have the same String.hashCode
        assertThat(d.encode("Aa")).isZero();
        assertThat(d.encode("BB")).isEqualTo(1);
        assertThat(d.encode("Aa")).isZero();
    }
}
