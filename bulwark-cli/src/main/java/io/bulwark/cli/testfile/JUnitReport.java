package io.bulwark.cli.testfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JUnit XML for CI systems: one {@code <testsuite>} per test file, named by the file's path as
 * found, and one {@code <testcase>} per (result row, resource). A failed case carries the expected
 * and actual results and the rule's message.
 */
public final class JUnitReport {

  private JUnitReport() {}

  public static String render(List<TestOutcome> outcomes) {
    long tests = outcomes.stream().mapToLong(o -> o.rows().size()).sum();
    long failures = outcomes.stream().mapToLong(TestOutcome::failures).sum();
    var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"bulwark test\" tests=\"").append(tests).append("\" failures=\"")
        .append(failures).append("\">\n");
    for (TestOutcome outcome : outcomes) {
      xml.append("  <testsuite name=\"").append(escape(outcome.test().displayPath()))
          .append("\" tests=\"").append(outcome.rows().size())
          .append("\" failures=\"").append(outcome.failures())
          .append("\" errors=\"0\" skipped=\"0\">\n");
      for (RowOutcome row : outcome.rows()) {
        TestFile.Expectation e = row.expectation();
        String name = e.policy() + "/" + e.rule() + "/" + row.resource();
        xml.append("    <testcase classname=\"").append(escape(outcome.test().name()))
            .append("\" name=\"").append(escape(name)).append('"');
        if (row.success()) {
          xml.append("/>\n");
          continue;
        }
        String actual = row.actual() == null ? row.reason() : row.actual();
        // A row can fail with the expected result when another check failed (a resource diff).
        String summary = e.result().equals(actual) ? row.reason() : "expected " + e.result() + ", got " + actual;
        xml.append(">\n      <failure message=\"").append(escape(summary))
            .append("\" type=\"").append(escape(row.reason())).append("\">")
            .append(escape("policy: " + e.policy() + "\nrule: " + e.rule() + "\nresource: " + row.resource()
                + "\nexpected: " + e.result() + "\nactual: " + actual + "\nmessage: " + row.message()))
            .append("</failure>\n    </testcase>\n");
      }
      xml.append("  </testsuite>\n");
    }
    return xml.append("</testsuites>\n").toString();
  }

  public static void write(Path file, List<TestOutcome> outcomes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(outcomes));
  }

  static String escape(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
