package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MappingJsonTest {

    @Test
    void aJsonParserReadsBackTheSameMapping() throws Exception {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("AMOUNT", "Betrag (€)");
        mapping.put("CUSTOMER_ID", "\"id\" \\ back\\slash");
        mapping.put("DATE", "日期\t\n\r\u0001end");
        mapping.put("INVOICE", "Счёт");
        mapping.put("EMPTY", "");
        mapping.put("NONE", null);
        String json = MappingJson.write(mapping);
        Map<String, String> read = new ObjectMapper().readValue(json,
                new TypeReference<LinkedHashMap<String, String>>() {
                });
        assertThat(read).containsExactlyEntriesOf(mapping);
    }

    @Test
    void theSameTextAsJacksonForPlainHeaders() throws Exception {
        Map<String, String> mapping = new TreeMap<>(Map.of("AMOUNT", "amount", "CUSTOMER_ID", "customer",
                "DATE", "Column 2"));
        assertThat(MappingJson.write(mapping)).isEqualTo(new ObjectMapper().writeValueAsString(mapping));
        assertThat(MappingJson.write(Map.of())).isEqualTo("{}");
    }
}
