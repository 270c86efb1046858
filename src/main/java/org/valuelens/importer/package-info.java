/**
 * Files to rows: CSV/TXT (FastCSV for character delimiters, a small tokenizer for runs of whitespace) and Excel
 * (.xlsx streamed by {@link org.valuelens.importer.XlsxSheetCursor}, a StAX reader over POI's OPC package; .xls
 * with POI HSSF). Entry point: {@link
 * org.valuelens.importer.FileImporter}; {@code read} streams every data row to a {@link
 * org.valuelens.importer.RowSink} exactly once, {@code preview} shows what would be read.
 *
 * <p>Choices made here:
 * <ul>
 *   <li>Detection works on a sample of the first 5,000 rows; only when the sample leaves the d/M vs M/d order or a
 *       decimal separator undecided is the whole file scanned first (one extra pass).</li>
 *   <li>Rejection order: column count, customer id, date, amount (or quantity and unit price), other numbers, then
 *       exact duplicates of an earlier accepted row (64-bit hashes of the raw cells, trailing blank cells
 *       ignored). {@link org.valuelens.importer.ImportOptions#keepDuplicates()} accepts duplicates instead.</li>
 *   <li>Returns (negative quantity or amount, invoice starting with "C") are accepted with a negative amount.</li>
 *   <li>Margins above 1 without a percent sign are taken as percent (30 → 0.30).</li>
 *   <li>Progress is reported in bytes for text files, in uncompressed bytes of the sheets' XML for .xlsx files
 *       and in rows of the sheets for .xls files, so a percentage is always known.</li>
 * </ul>
 */
package org.valuelens.importer;
