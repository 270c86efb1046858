/** Numbers, money and percentages written in the reader's conventions: one formatter for the app and the report. */
package org.valuelens.model.format;
