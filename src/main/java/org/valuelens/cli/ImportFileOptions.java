package org.valuelens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.valuelens.service.ImportRequest;
import picocli.CommandLine.Option;

/** How to read an import file: sheet, header, column roles and formats (picocli mixin of import and bench). */
final class ImportFileOptions {

    @Option(names = "--sheet", paramLabel = "NAME|all", description = "Excel sheet to read, or 'all'.")
    String sheet;

    @Option(names = "--no-header", description = "The first row is data, not column names.")
    boolean noHeader;

    @Option(names = "--customer", paramLabel = "COL", description = "Customer id column (name or 1-based index).")
    String customer;

    @Option(names = "--date", paramLabel = "COL", description = "Date column.")
    String date;

    @Option(names = "--amount", paramLabel = "COL", description = "Amount column (without amount, quantity and price"
            + " columns a transaction log is imported count-only: purchase counts, no spend).")
    String amount;

    @Option(names = "--quantity", paramLabel = "COL", description = "Quantity column.")
    String quantity;

    @Option(names = "--price", paramLabel = "COL", description = "Unit price column.")
    String price;

    @Option(names = "--cost", paramLabel = "COL", description = "Cost column.")
    String cost;

    @Option(names = "--channel", paramLabel = "COL", description = "Channel column.")
    String channel;

    @Option(names = "--invoice", paramLabel = "COL", description = "Invoice/order number column.")
    String invoice;

    @Option(names = "--product", paramLabel = "COL",
            description = "Product column: item code, SKU or product name (default: detect, e.g. StockCode).")
    String product;

    @Option(names = "--product-label", paramLabel = "COL",
            description = "Product description shown beside the code (default: detect, e.g. Description).")
    String productLabel;

    @Option(names = "--category", paramLabel = "COL", description = "Product category column.")
    String category;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Text encoding, e.g. UTF-8 (default: detect).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter: ',', ';', tab, '|' or whitespace (default: detect).")
    String delimiter;

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "Date pattern such as dd/MM/yyyy (default: detect).")
    String dateFormat;

    @Option(names = "--shape", paramLabel = "transactions|customers",
            description = "What the rows are (default: detect from the columns).")
    String shape;

    @Option(names = "--drop-duplicates", description = "Reject rows that repeat an earlier row exactly (default: "
            + "keep them as separate purchases and say how many there were).")
    boolean dropDuplicates;

    /** @return the first option given that only applies to files (not to a database import), or null */
    String fileOnlyOption() {
        String[][] given = {{sheet, "--sheet"}, {noHeader ? "" : null, "--no-header"}, {encoding, "--encoding"},
            {delimiter, "--delimiter"}, {dateFormat, "--date-format"}, {shape, "--shape"},
            {dropDuplicates ? "" : null, "--drop-duplicates"}};
        for (String[] g : given) {
            if (g[0] != null) {
                return g[1];
            }
        }
        return null;
    }

    /**
     * @param file the file to read
     * @return the import request these options describe
     */
    ImportRequest request(Path file) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("customer", customer);
        columns.put("date", date);
        columns.put("amount", amount);
        columns.put("quantity", quantity);
        columns.put("price", price);
        columns.put("cost", cost);
        columns.put("channel", channel);
        columns.put("invoice", invoice);
        columns.put("product", product);
        columns.put("product-label", productLabel);
        columns.put("category", category);
        columns.values().removeIf(v -> v == null);
        return new ImportRequest(file, sheet, noHeader ? Boolean.FALSE : null, encoding, delimiter, dateFormat, shape,
                columns, dropDuplicates);
    }
}
