package io.bulwark.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The box table Kyverno's CLI prints (lensesio/tableprinter style): a rule line of {@code ─}
 * between {@code │} columns above and below the header and after the last row, cells padded to
 * the widest value of their column.
 */
public final class BoxTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public BoxTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  public void add(List<String> row) {
    if (row.size() != headers.size()) {
      throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + headers.size() + " columns");
    }
    rows.add(List.copyOf(row));
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public void print(PrintWriter out) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    String rule = rule(widths);
    out.println(rule);
    out.println(line(headers, widths));
    out.println(rule);
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
    out.println(rule);
  }

  private static String rule(int[] widths) {
    var out = new StringBuilder("│");
    for (int width : widths) {
      out.append("─".repeat(width + 2)).append('│');
    }
    return out.toString();
  }

  private static String line(List<String> cells, int[] widths) {
    var out = new StringBuilder("│");
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      out.append(' ').append(cell).append(" ".repeat(widths[c] - cell.length())).append(" │");
    }
    return out.toString();
  }
}
